# printf-style formatting: any subscriptable argument other than a tuple or
# str counts as a mapping (so leftover arguments are no error), and only
# "%%" is a literal percent; "%5%" is an unsupported conversion.
def show(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)


class Doubler:
    def __getitem__(self, key):
        return key * 2


show("plain", [1, 2])
show("plain", b"xy")
show("plain", range(3))
show("plain", 5)
show("plain", 5.5)
show("plain", "s")
show("plain", ())
show("%s", [1, 2])
show("%s %s", [1])
show("%(ab)s-%(c)s", Doubler())
show("%(a)s", [1])
show("%(a)s", 3)
show("%d%%", (50,))
show("%%%d%%", (7,))
show("%5%", ())
show("%-%", ())
show("%5%", (1,))
show("%.2%", (1,))
show("%(a)%", {"a": 1})
show("%5%|%s", (1,))
show("%d %y", (1, 2))
show("y %y", (1,))
show("\xe9%q", (1,))
show(b"%5%", (1,))
show(b"ab %q", (1,))
show(b"plain", [1])
show(b"%s", b"x")
