class FakeFile:
    open_count = 0

    def __init__(self, name):
        self.name = name
        self.lines = []
        self.closed = True

    def __enter__(self):
        FakeFile.open_count += 1
        self.closed = False
        return self

    def write(self, text):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        self.lines.append(text)

    def __exit__(self, exc_type, exc, tb):
        self.closed = True
        FakeFile.open_count -= 1
        print("closed", self.name, "with", len(self.lines), "lines")


with FakeFile("log.txt") as f:
    f.write("first")
    f.write("second")
    print("open files:", FakeFile.open_count)
print(f.closed, FakeFile.open_count, f.lines)
try:
    f.write("third")
except ValueError as e:
    print("ValueError:", e)
try:
    with FakeFile("data.bin") as g:
        g.write("x")
        raise IOError("disk full")
except OSError as e:
    print("OSError:", e, g.closed)
files = [FakeFile("a"), FakeFile("b")]
with files[0] as fa, files[1] as fb:
    fa.write("1")
    fb.write("2")
    fb.write("3")
    print("open files:", FakeFile.open_count)
print([x.closed for x in files], FakeFile.open_count)
