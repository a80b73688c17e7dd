# Builtin functions and methods that take no keyword arguments reject them
# (instead of ignoring them); those that do name the unknown keyword.
calls = [
    lambda: len(obj=[1]),
    lambda: abs(x=-1),
    lambda: [3].append(x=1),
    lambda: [1, 2].pop(index=0),
    lambda: "ab".upper(x=1),
    lambda: "abc".startswith(prefix="a"),
    lambda: {}.get(key=1),
    lambda: dict.fromkeys(iterable=[1]),
    lambda: (5).bit_length(x=1),
    lambda: isinstance(1, int, strict=True),
    lambda: eval("1", globals={}),
    lambda: exec("x = 1", globals={}),
    lambda: print("x", bogus=1),
    lambda: sorted([2, 1], bogus=True),
    lambda: [2, 1].sort(cmp=None),
    lambda: round(2.5, digits=1),
    lambda: max([1], bogus=1),
    lambda: "a b".split(separator=" "),
    lambda: "a\nb".splitlines(keep=True),
    lambda: b"ab".hex(sep2=":"),
    lambda: (1).to_bytes(2, "big", sign=True),
    lambda: int("7", bas=10),
    lambda: enumerate([], begin=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

# Keywords that are accepted still work.
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True), max([], default=0), round(2.675, ndigits=2))
print("a b c".split(sep=" ", maxsplit=1), "x\ny".splitlines(keepends=True), b"\x01\x02".hex(sep="-"))
print((258).to_bytes(length=2, byteorder="little"), int("ff", base=16), list(enumerate("ab", start=5)))
print("x", "y", sep="-", end="!\n")

# Names shared by methods that take keywords and ones that do not.
for call in [
    lambda: set().update(x=1),
    lambda: format(1, format_spec=""),
    lambda: hex(x=1),
    lambda: {}.update(a=1),
]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
