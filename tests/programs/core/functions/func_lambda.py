sq = lambda x: x * x
print(sq(5), sq(-3), sq(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")())
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda a, *, b: a - b)(10, b=3))
fs = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
print([f(5) for f in fs])
v = 3
for f in fs:
    v = f(v)
print(v)
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda t: t[1]))
print(list(map(lambda x: x * 10, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(max(["aa", "b", "cccc"], key=lambda s: len(s)))
print(type(sq).__name__, sq.__name__)
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
