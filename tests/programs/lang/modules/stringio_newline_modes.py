# io.StringIO's newline argument: translation on writing, line splitting on
# reading, and the newlines attribute.
import io

text = "one\r\ntwo\rthree\nfour"
for mode in (None, "", "\n", "\r", "\r\n"):
    f = io.StringIO(text, newline=mode)
    print(repr(mode), repr(f.getvalue()), f.readlines(), repr(f.newlines))
    g = io.StringIO(newline=mode)
    g.write("a\nb\r")
    g.write("\nc")
    g.seek(0)
    print("   ", repr(g.getvalue()), [g.readline() for _ in range(4)], repr(g.newlines), g.tell())

f = io.StringIO("x\r\ny", newline="")
print(repr(f.readline(1)), repr(f.readline()), repr(f.readline()))

f = io.StringIO(newline=None)
f.write("\r")
print(repr(f.newlines))
f.__init__("x\n", newline=None)
print(repr(f.newlines), repr(f.getvalue()))
f.close()
try:
    f.newlines
except ValueError as e:
    print("ValueError:", e)

print(repr(io.StringIO().newlines), repr(io.StringIO("a\nb").newlines))
for bad in (5, "x", "\n\n"):
    try:
        io.StringIO("", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Iteration follows the same line splitting.
print(list(io.StringIO("p\rq\r\nr", newline="")))
print(list(io.StringIO("p\rq\r\nr", newline="\r")))
