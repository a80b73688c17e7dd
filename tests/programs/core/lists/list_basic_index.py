lst = [10, 20, 30, 40, 50]
print(lst, len(lst))
print(lst[0], lst[4], lst[-1], lst[-5])
lst[0] = 11
lst[-1] = 55
print(lst)
print([], [[]], [[], []], [1, [2, [3, [4]]]])
print(repr([1, "a", 2.5, None, True, (1,), [2]]))
print(list(), list("ab"), list((1, 2)), list(range(3)))
print([0] * 5, [1, 2] * 3, [] * 10, [1] * 0, [1] * -1)
print([1, 2] + [3], [] + [], [[1]] + [[2]])
nested = [[0] * 3 for i in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-3], m[0][1:])
print(len(m), len(m[0]))
x = [1, 2, 3]
y = x
y[0] = 100
print(x, y, x is y)
print([i for i in x])
print(len(lst))
