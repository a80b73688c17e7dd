print("this file has a syntax error")
x = 1
y = 2
def f(a, b):
    return a + b
print(f(x, y))
values = [1, 2, 3]
for v in values:
    print(v)
total = (1 +
print(total)
z = 3
print(z)
w = 4
print(w)
a = 5
print(a)
b = 6
print(b)
c = 7
print(c)
