def one(x):
    return x + 1
print(one(1), one(x=2))
def f(a, b):
    return a * 10 + b
print(f(1, 2))
print(f(b=3, a=4))
print(f(*[5, 6]))
def g(a, b=0):
    return a - b
print(g(10), g(10, 3))
def h(*args):
    return len(args)
print(h(), h(1, 2, 3))
args = [1, 2]
print(f(*args))
args.append(3)
print("args now", args)
print(h(*args))
print("calling f with three")
print(f(*args))
