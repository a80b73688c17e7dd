# io.BytesIO next to io.StringIO: reads, writes past the end, relative seeks, errors.
import io
b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.tell(), b.readlines(), b.read(), b.getvalue())
b.seek(0, 2); b.write(b"!!"); b.seek(-3, 1)
print(b.read(), b.seek(20), b.write(b"z"), b.getvalue(), repr(b)[:20])
for bad in ["str", 5]:
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print("TypeError", e)
with io.BytesIO(bytearray(b"ab")) as f:
    print(list(f), f.closed)
print(f.closed)
s = io.StringIO("a\nb\n")
s.seek(0, 2); s.write("c"); s.seek(10); s.write("d")
print(repr(s.getvalue()), s.readlines(), repr(s)[:20])
try:
    s.write(b"x")
except TypeError as e:
    print("TypeError", e)
