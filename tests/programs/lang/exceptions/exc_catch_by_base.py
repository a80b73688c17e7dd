def trigger(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return {}["missing"]
    if n == 2:
        return [1][10]
    if n == 3:
        raise OverflowError("too big")
    if n == 4:
        raise NotImplementedError("later")
    if n == 5:
        raise RecursionError("fake recursion")
    if n == 6:
        raise KeyboardInterrupt()
    if n == 7:
        raise UnboundLocalError("ul")


for n in range(8):
    try:
        trigger(n)
    except ArithmeticError as e:
        print(n, "ArithmeticError branch:", type(e).__name__, e)
    except LookupError as e:
        print(n, "LookupError branch:", type(e).__name__, e)
    except RuntimeError as e:
        print(n, "RuntimeError branch:", type(e).__name__, e)
    except NameError as e:
        print(n, "NameError branch:", type(e).__name__, e)
    except Exception as e:
        print(n, "Exception branch", e)
    except BaseException as e:
        print(n, "BaseException branch:", type(e).__name__)

try:
    import math
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except ArithmeticError as e:
    print(type(e).__name__)
try:
    raise StopIteration(3)
except Exception as e:
    print("StopIteration is an Exception:", repr(e))
