import math


def growth(rate, steps):
    value = 1.0
    for i in range(steps):
        value = math.exp(rate * i)
    return value


print(round(growth(0.5, 4), 4))
print(2 ** 100)
print(float(2 ** 60))
try:
    math.exp(1000)
except OverflowError as e:
    print("caught:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("caught:", e)
for r in [1, 10, 100]:
    print("rate", r, "->", growth(r, 3) > 1)
print(growth(100, 20))
print("not reached")
