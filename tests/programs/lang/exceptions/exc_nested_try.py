def process(v):
    try:
        print("outer try", v)
        try:
            print("inner try", v)
            if v == 1:
                raise ValueError("v1")
            if v == 2:
                raise KeyError("v2")
            if v == 3:
                raise TypeError("v3")
        except ValueError as e:
            print("inner caught ValueError", e)
        finally:
            print("inner finally")
        print("after inner", v)
    except KeyError as e:
        print("outer caught KeyError", e)
    finally:
        print("outer finally")
    return "returned %d" % v


for v in range(3):
    print(process(v))
try:
    process(3)
except TypeError as e:
    print("top-level caught", e)
try:
    try:
        try:
            raise IndexError("deep")
        except KeyError:
            print("wrong")
    except ValueError:
        print("wrong again")
except LookupError as e:
    print("third level", repr(e))
