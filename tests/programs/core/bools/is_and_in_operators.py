a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, a is not b)
b.append(4)
print(a, c)
print(None is None, True is True, False is not True)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print(1.0 in [1, 2], True in [1], 0 in [False])
print("a" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "")
print("x" not in "abc")
print(2 in (1, 2), 5 in (1, 2))
print("k" in {"k": 1}, 1 in {"k": 1}, "k" not in {"j": 2})
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(-5, 0), -5 in range(0, -10, -1))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], [1, 2] in [(1, 2)])
print(1 in [[1]], [] in [[]])
print(not 1 in [1])
print(1 in [1] == True)
print((1 in [1]) == True)
x = [[]]
print(x[0] is x[0])
e1 = []
e2 = []
print(e1 is e2, e1 == e2)
t = (1, 2)
u = t
print(t is u)
s = "hello"
print(s in "hello world", s in ["hello"], s * 1 == s)
