a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a.union(b), a.union([7, 8], (9,)))
print(a.intersection(b), a.intersection(range(2, 10), [4]))
print(a.difference(b), a.difference([1], [2]))
print(a.symmetric_difference(b))
print(a, b)
c = set(a)
c |= {7}
print(c)
c &= {1, 2, 7, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
c |= {10, 20}
print(sorted(c))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2})
print({1, 2, 3} >= {3}, {1, 2, 3} > {1, 2, 3})
print({1, 2}.issubset([1, 2, 5]), {1, 9}.issubset({1}))
print({1, 2, 3}.issuperset((1, 2)), {1}.issuperset({1, 2}))
print({1, 2}.isdisjoint({3, 4}), {1, 2}.isdisjoint({2}))
try:
    a | [5]
except TypeError as e:
    print("TypeError:", e)
x = {"b", "a"} | {"c"}
print(sorted(x))
print(sorted({"x", "y"} & {"y", "z"}))
d = {1, 2, 3}
d.intersection_update({2, 3, 4})
print(d)
d.difference_update({3})
print(d)
d.symmetric_difference_update({2, 7})
print(d)
