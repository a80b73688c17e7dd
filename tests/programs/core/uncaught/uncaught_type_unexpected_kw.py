def area(w=1, h=1):
    return w * h
print(area(), area(h=3), area(w=2, h=5))
print(area(**{"w": 4}))
def f(x, y):
    return x + y
print(f(1, 2))
print(f(x=1, y=2))
print(f(1, y=5))
def g(x, **extra):
    return x, sorted(extra)
print(g(1, z=3, a=4))
opts = {"x": 10, "y": 20}
print(f(**opts))
opts2 = dict(opts)
opts2["z"] = 30
print(g(**opts2))
print(sorted(opts2))
print("calling f with z")
print(f(**opts2))
