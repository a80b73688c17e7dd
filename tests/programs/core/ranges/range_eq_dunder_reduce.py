# range.__eq__/__ne__ as methods (empty ranges and one-item ranges compare by content), no ordering, and __reduce__.
r = range(20, 10, 3)
print(r.__eq__(range(0)), r.__ne__(range(0)), range(3).__eq__([0, 1, 2]), range(3).__lt__(range(4)))
print(range(0, 10, 3).__eq__(range(0, 11, 3)), range(1, 2, 5).__eq__(range(1, 3, 7)))
print(range(10).__reduce__(), range(10, 1, -2).__reduce__())
try:
    range(1) < range(2)
except TypeError as e:
    print(e)
print(range(3) == range(0, 3), range(3) != range(4), hash(range(3)) == hash(range(0, 3, 1)))
