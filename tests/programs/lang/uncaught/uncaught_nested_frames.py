def level4(x):
    print("level4", x)
    if x < 0:
        raise ArithmeticError("negative input reached level4: %d" % x)
    return x ** 0.5


def level3(x):
    print("level3", x)
    return level4(x - 1)


def level2(x):
    print("level2", x)
    try:
        return level3(x - 1)
    finally:
        print("level2 finally")


def level1(x):
    print("level1", x)
    return round(level2(x - 1), 3)


print(level1(10))
print(level1(3))
print(level1(2))
print("not reached")
