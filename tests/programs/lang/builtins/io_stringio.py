# io.StringIO, and print(file=...) writing to any object with write().
import io
import sys
a = io.StringIO()
print('io.StringIO' in repr(a))
print(a.getvalue())
print(a.read())
a = io.StringIO("foobar")
print(a.getvalue())
print(a.read())
print(a.read())
a = io.StringIO()
a.write("foo")
print(a.getvalue())
a = io.StringIO("foo")
a.write("12")
print(a.getvalue())
a = io.StringIO("foo")
a.write("123")
print(a.getvalue())
a = io.StringIO("foo")
a.write("1234")
print(a.getvalue())
a = io.StringIO()
a.write("foo")
print(a.read())
a = io.StringIO()
print(a.tell())
a.write("foo")
print(a.tell())
a = io.StringIO()
a.close()
for f in [a.read, a.getvalue, lambda:a.write("")]:
    try:
        f()
        print("no")
    except ValueError as e:
        print("ValueError", e)
with io.StringIO() as b:
    b.write("foo")
    print(b.getvalue())
s = io.StringIO("l1\nl2\nl3")
print(s.readline(), s.readlines(), list(io.StringIO("a\nb\n")))
out = io.StringIO()
print("hello", 42, file=out)
print("x", end="", file=out)
print(repr(out.getvalue()))
s = io.StringIO("abc"); s.seek(5); s.write("z"); print(repr(s.getvalue()))
try:
    s.write(5)
except TypeError as e:
    print(e)
s = io.StringIO("abcdef"); print(s.read(2), s.read(2), s.tell(), s.seek(0, 2), s.truncate(3), s.getvalue())
class W:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
w = W()
print("a", 1, "", sep="", end="!", file=w)
print(file=w)
print(w.calls)
print("to stderr", file=sys.stderr, end="")
print("to stdout", file=sys.stdout, flush=True)
print("none file", file=None)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
class F(W):
    def flush(self): self.calls.append("FLUSH")
f = F(); print("q", file=f, flush=True); print(f.calls)
