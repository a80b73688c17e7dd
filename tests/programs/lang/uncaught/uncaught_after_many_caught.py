def classify(x):
    if isinstance(x, str):
        raise TypeError("strings not allowed: %r" % x)
    if x < 0:
        raise ValueError("negative: %d" % x)
    if x == 0:
        raise ZeroDivisionError("zero")
    return 100 // x


inputs = [5, -2, 0, "s", 20, 3]
for x in inputs:
    try:
        print(x, "->", classify(x))
    except ValueError as e:
        print("value problem:", e)
    except (TypeError, ZeroDivisionError) as e:
        print("other problem:", type(e).__name__, e)
print("second pass only catches ValueError")
for x in inputs:
    try:
        print(x, "->", classify(x))
    except ValueError as e:
        print("value problem:", e)
print("not reached")
