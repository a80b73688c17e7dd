def convert(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            print("bad item", repr(it))
            out.append(fallback[it])
    return out


fallback = {"one": 1, "two": 2}
print(sorted(fallback.items()))
print(convert([]))
print(convert(["-7"]))
print(convert(["1", "2", "3"]))
print(convert(["4", "one", "two"]))
print("now with an unknown word")
print(convert(["5", "six"]))
print("not reached")
