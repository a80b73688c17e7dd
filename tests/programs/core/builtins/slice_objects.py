# slice objects: compared like (start, stop, step) tuples, unhashable in
# Python 3.11, read-only attributes.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = slice(1, 5), slice(1, 5, None)
show("eq", lambda: a == b)
show("ne", lambda: a != slice(1, 6))
show("lt", lambda: slice(1, 2) < slice(1, 3))
show("ge", lambda: slice(2) >= slice(1, 9))
show("mixed lt", lambda: slice(None, 1) < slice(0, 1))
show("vs tuple", lambda: slice(1, 2) == (1, 2, None))
show("sorted", lambda: sorted([slice(3), slice(1, 2), slice(1)]))
show("hash", lambda: hash(slice(1, 2)))
show("dict key", lambda: {slice(1): 0})
show("set item", lambda: {slice(1)})
show("in list", lambda: slice(1, 2) in [slice(1, 2)])


def assign_key():
    d = {}
    d[:] = {}


show("dict slice", assign_key)
show("dict get slice", lambda: {}[1:2])


def set_attr():
    s = slice(1, 2)
    s.start = 0


show("set attr", set_attr)
