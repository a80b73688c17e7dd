# ZeroDivisionError raised and caught inside hot loops.
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

acc = 0
for i in range(6000):
    d = i % 50 - 25
    acc += safe_div(i * 3, d)
    if i % 750 == 0:
        print(i, acc)
print("acc", acc)

def ratios(n):
    caught = 0
    s = 0.0
    for i in range(n):
        try:
            s += 1.0 / (i % 9)
        except ZeroDivisionError as e:
            caught += 1
            if caught <= 2:
                print("msg:", e)
        try:
            s += (i % 5) % (i % 4)
        except ZeroDivisionError as e:
            caught += 1
            if caught <= 4:
                print("msg:", e)
    return caught, round(s, 6)

print(ratios(5000))
print(ratios(1000))
errs = 0
vals = []
for i in range(3000):
    try:
        v = divmod(i, i % 3)
    except ZeroDivisionError as e:
        errs += 1
        continue
    finally:
        pass
    if i % 400 == 1:
        vals.append(v)
print(errs, vals)
