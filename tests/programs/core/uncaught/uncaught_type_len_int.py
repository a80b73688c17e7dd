print(len("hello"), len([1, 2]), len((1,)))
print(len(str(10 ** 9)), len(repr("q")))
print(len(range(0, 100, 7)), len({"a": 1, "b": 2}), len(""))
sizes = [len(w) for w in "a quick brown fox".split()]
print(sizes, sum(sizes), max(sizes))
print(len([[]]), len([[], []]), len(((),)))
things = ["abc", [1, 2], (3,), {"a": 1}, range(4), ""]
for t in things:
    print(repr(t), len(t))
total = 0
for t in things:
    total += len(t)
print("total", total)
nested = [[1, 2], [3], [], [4, 5, 6]]
print([len(x) for x in nested])
print(max(nested, key=len))
number = 12345
print("digits via str", len(str(number)))
print("now len of int")
print(len(number))
