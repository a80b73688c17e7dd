t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])
print((1,), (), tuple(), tuple("ab"))
print(t + (4,), t * 2, 2 in t)
print(t.index(2), t.count(3), (1, 1, 2).count(1))
a, b, c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
lst = [5, 3, 8]
lst.append(1)
lst.extend([9, 0])
lst.insert(1, 7)
print(lst)
print(lst.pop(), lst.pop(0), lst)
lst.remove(8)
print(lst, lst.index(3))
lst.sort()
print(lst)
lst.reverse()
print(lst)
print(lst[::2], lst[::-1], lst[1:3])
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[0]
print(lst)
print([0] * 3, [[0] * 2 for _ in range(2)])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print(list(range(10, 0, -3)))
print([1, 2] == [1, 2], [1, 2] is [1, 2])
print(max([3, 9, 2]), min((4, -1)), sum([0.5, 0.25]))
