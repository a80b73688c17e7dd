class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, *exc):
        print("release", self.name, exc[0].__name__ if exc[0] else "")
        return False


def early_return(flag):
    with Guard("g1"):
        if flag:
            return "early"
        print("not early")
    return "late"


print(early_return(True))
print(early_return(False))


def return_in_nested():
    with Guard("outer"):
        with Guard("inner"):
            return "from inner"


print(return_in_nested())


def loop_with():
    results = []
    for i in range(4):
        with Guard("it%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            results.append(i)
    return results


print(loop_with())


def with_try():
    try:
        with Guard("t"):
            raise ValueError("inside")
    except ValueError:
        return "handled after release"
    finally:
        print("finally")


print(with_try())
