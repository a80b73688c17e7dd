def describe(name, age, city):
    return name + " is " + str(age) + " from " + city
print(describe("Ann", 30, "Oslo"))
print(describe(name="Bob", age=25, city="Rome"))
print(describe("Cy", city="Lima", age=40))
print(describe(*["Di", 22, "Nice"]))
print(describe("Ed", **{"city": "Bern", "age": 50}))
def sub(a, b):
    return a - b
print(sub(10, 3), sub(b=10, a=3), sub(3, b=10))
def no_args():
    return "none"
print(no_args())
def ret_tuple(x):
    return x, x * 2, x * 3
print(ret_tuple(4))
a, b, c = ret_tuple(5)
print(a, b, c)
def ret_nothing(x):
    x = x + 1
print(ret_nothing(1))
def early(x):
    if x > 0:
        return "pos"
    return "nonpos"
print(early(1), early(-1))
f = sub
print(f(100, 1), f is sub)
funcs = [sub, describe]
print(funcs[0](5, 5))
print(type(sub).__name__)
print(sub.__name__)
