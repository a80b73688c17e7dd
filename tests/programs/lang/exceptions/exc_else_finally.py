def attempt(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        r = -1
    else:
        print("else", r)
        r += 100
    finally:
        print("finally")
    print("after", r)
    return r


print(attempt(2))
print(attempt(0))


def only_finally(x):
    try:
        return 10 // x
    finally:
        print("cleanup", x)


print(only_finally(5))
try:
    only_finally(0)
except ZeroDivisionError as e:
    print("propagated:", e)


def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally runs")


try:
    else_raises()
except ValueError as e:
    print("caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
