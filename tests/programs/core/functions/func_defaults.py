def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet("Di", "Yo", "."))
print(greet(punct="...", name="Ed"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, [0]))
def shared(x, acc=[]):
    acc.append(x)
    return acc
print(shared(1))
print(shared(2))
print(shared(3, []))
print(shared(4))
default_val = 10
def capture(x=default_val):
    return x
default_val = 20
print(capture())
def many(a, b=2, c=3, d=4):
    return [a, b, c, d]
print(many(1), many(1, 5), many(1, d=9), many(1, 2, 3, 4), many(a=0, c=0))
