# Deleting through a property without a deleter, and vars() of objects
# without a __dict__.


class Box:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v

    @property
    def fixed(self):
        return 0


b = Box()
for name in ("v", "fixed", "missing"):
    try:
        delattr(b, name)
        print("deleted", name)
    except AttributeError as e:
        print("AttributeError", e)

for obj in (1, "s", [1], b):
    try:
        print(sorted(vars(obj)))
    except TypeError as e:
        print("TypeError", e)
