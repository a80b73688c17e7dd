print(sorted([3, 1.5, 2, True]))
print(sorted(["b", "A", "a", "B"]))
print(sorted([(1, "b"), (1, "a")]))
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, {1, 2}])
    print("sets sort without error (partial order)")
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "2")
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1, "x"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    1 < None
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
print(sorted(["a", 1, "b", 2], key=str))
print(sorted([1, "a"], key=lambda v: (isinstance(v, str), v)))
print(sorted([], reverse=True), sorted("") , sorted((), key=len))
print(sorted([3, 1, 2], key=lambda v: -v), sorted({3: 0, 1: 0}))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == ())
