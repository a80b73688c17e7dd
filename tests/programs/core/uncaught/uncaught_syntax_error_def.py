print("this file never runs")
print("never printed")
def ok(a, b=2):
    return a * b
print(ok(3))
def broken(:
    return 1
print(broken())
x = [1, 2, 3]
for v in x:
    print(v)
y = {"a": 1}
print(y)
z = (1, 2)
print(z)
a = 1
b = 2
c = 3
print(a, b, c)
print("end")
