for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
y = 10 if x > 3 else 20
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
print((1 if True else 2) + (3 if False else 4))
def side(v):
    print("side", v)
    return v
r = side("a") if side(True) else side("b")
print(r)
r = side("a") if side(0) else side("b")
print(r)
abs_vals = [v if v >= 0 else -v for v in [-3, 4, -5]]
print(abs_vals)
print(max(3, 7) if x else min(3, 7))
print("empty" if not [] else "full")
z = None
print(z if z is not None else "default")
print(1 if 0 else 2 if 0 else 3)
print((lambda a: "big" if a > 10 else "small")(11))
