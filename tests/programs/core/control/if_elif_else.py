def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99, 100, 10**9]:
    print(n, classify(n))
def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    return g
print([grade(s) for s in [95, 85, 75, 65, 90, 80, 70]])
x = 7
if x:
    print("truthy")
if not x:
    print("falsy")
else:
    print("not falsy")
if x > 5:
    if x > 6:
        print("gt 6")
    else:
        print("between")
if []:
    print("nope")
elif {}:
    print("nope2")
elif "":
    print("nope3")
else:
    print("all empty")
if x == 7: print("one-line if")
for i in range(16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
