def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("z")
    if kind == 4:
        return "a" + 1
    if kind == 5:
        return undefined_thing
    return "fine"
for k in range(7):
    try:
        print(k, risky(k))
    except ZeroDivisionError as e:
        print(k, "zero:", e)
    except (IndexError, KeyError) as e:
        print(k, "lookup:", type(e).__name__, e)
    except ValueError:
        print(k, "value error (no binding)")
    except Exception as e:
        print(k, "other:", type(e).__name__, e)
    else:
        print(k, "else branch")
for k in range(6):
    try:
        risky(k)
    except LookupError as e:
        print(k, "LookupError catches", type(e).__name__)
    except ArithmeticError as e:
        print(k, "ArithmeticError catches", type(e).__name__)
    except Exception as e:
        print(k, "Exception catches", type(e).__name__)
try:
    try:
        risky(0)
    except KeyError:
        print("wrong handler")
except ZeroDivisionError as e:
    print("outer caught", e)
try:
    raise ValueError("custom message")
except ValueError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), str(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), repr(str(e)))
