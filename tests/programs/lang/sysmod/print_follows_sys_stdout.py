# print() without file= writes to whatever sys.stdout currently is.
import io
import sys

original = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("into the buffer", 1, 2, sep="-")
print("second line", end="!")
sys.stdout = original
print("captured:", repr(buf.getvalue()))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


u = Upper()
sys.stdout = u
print("shout", flush=True)
sys.stdout = original
print(u.parts)
print("explicit file wins:", file=sys.stdout)
