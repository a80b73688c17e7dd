# list.insert with an index too large for a machine word, assigning a
# non-iterable to plain and extended slices, and the iterators' length hints.


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


xs = ["a", "b", "c"]
show("insert huge", lambda: xs.insert(10**20, "z"))
show("insert -huge", lambda: xs.insert(-(10**20), "z"))
xs.insert(10**5, "end")
xs.insert(-(10**5), "start")
print(xs)


def assign(target, value):
    ys = list(range(6))
    ys[target] = value
    return ys


show("plain slice = 42", lambda: assign(slice(1, 3), 42))
show("step-1 slice = 42", lambda: assign(slice(1, 3, 1), 42))
show("extended slice = 42", lambda: assign(slice(None, None, 2), 42))
show("reversed slice = None", lambda: assign(slice(None, None, -1), None))
show("extended slice ok", lambda: assign(slice(None, None, 2), "xyz"))
show("extended wrong size", lambda: assign(slice(None, None, 2), "xy"))

for make in (lambda: iter([1, 2, 3, 4]), lambda: reversed([1, 2, 3, 4]), lambda: iter((5, 6, 7)),
             lambda: iter(range(0, 10, 3)), lambda: iter("h\u00e9llo"), lambda: iter(b"bytes"),
             lambda: iter({"a": 1, "b": 2}), lambda: iter({1: 2}.values()), lambda: iter({1: 2}.items()),
             lambda: iter({7, 8, 9}), lambda: iter(frozenset([1]))):
    it = make()
    hints = [it.__length_hint__()]
    next(it)
    hints.append(it.__length_hint__())
    list(it)
    hints.append(it.__length_hint__())
    print(type(it).__name__, hints)

d = {1: 1, 2: 2}
it = iter(d)
d[3] = 3
print("dict changed:", it.__length_hint__())
