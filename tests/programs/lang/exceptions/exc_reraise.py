def level3():
    raise ValueError("deep problem")


def level2():
    try:
        level3()
    except ValueError:
        print("level2 saw it, re-raising")
        raise


def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e)
        return "handled"


print(level1())


def reraise_other():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    raise saved


try:
    reraise_other()
except KeyError as e:
    print("saved exception re-raised:", repr(e))


def reraise_after_handling():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise


try:
    reraise_after_handling()
except TypeError as e:
    print("bare raise re-raised:", repr(e))
except ValueError as e:
    print("got second:", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
