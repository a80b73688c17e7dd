# A memoryview is accepted wherever bytes methods take a bytes-like argument.
view = memoryview(b"--ab--")[2:4]
data = b"xxabyyab"
arr = bytearray(b"ab|cd|ab")


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show("join", lambda: b"+".join([view, b"c", bytearray(b"d"), view]))
show("find", lambda: (data.find(view), data.rfind(view), data.count(view), data.index(view)))
show("in", lambda: (view in data, view in b"zz", view in arr))
show("replace", lambda: (data.replace(view, b"-"), arr.replace(b"|", view)))
show("split", lambda: (data.split(view), arr.rsplit(memoryview(b"|"))))
show("partition", lambda: (data.partition(view)[::2], data.rpartition(view)[::2]))
show("affix", lambda: (b"abc".startswith(view), arr.endswith(view), b"zab".endswith((b"q", view))))
show("strip", lambda: (b"abxab".strip(view), b"abxab".lstrip(view), b"abxab".rstrip(view)))
show("prefix", lambda: (b"abz".removeprefix(view), b"zab".removesuffix(view)))
show("concat", lambda: (b"<" + view, bytearray(b"<") + view))
show("bad join", lambda: b",".join([view, "str"]))
show("bad find", lambda: data.find("ab"))
