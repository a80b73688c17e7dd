def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][3]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("zz")
    if kind == 4:
        raise RuntimeError("boom")
    return "ok"


for k in range(6):
    try:
        print(risky(k))
    except (ZeroDivisionError, ValueError) as e:
        print(k, "arith-or-value", type(e).__name__)
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, isinstance(e, LookupError))
    except Exception as e:
        print(k, "other", type(e).__name__, e)

errs = (TypeError, AttributeError)
try:
    "a" + 1
except errs as e:
    print("caught via tuple variable:", type(e).__name__)
try:
    raise KeyError("x")
except (ValueError, TypeError, LookupError) as e:
    print("tuple matched", repr(e))
