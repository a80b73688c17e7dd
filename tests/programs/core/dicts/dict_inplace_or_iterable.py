# `d |= x` accepts whatever dict.update() accepts; `d | x` needs a dict.
d = {"a": 1}
d |= [("b", 2), ("a", 3)]
print(d)
d |= {"c": 4}.items()
print(d)
alias = d
d |= {"z": 0}
print(alias is d, alias)
for bad in ([1], 5, ["abc"]):
    try:
        d |= bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d | [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)


class Counted(dict):
    pass


c = Counted(k=1)
c |= [("m", 2)]
print(type(c).__name__, c)
