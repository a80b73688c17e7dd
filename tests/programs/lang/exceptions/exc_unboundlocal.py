x = 10


def reads_then_assigns():
    print(x)
    x = 5


try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))


def conditional(flag):
    if flag:
        y = 1
    return y


print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, e)


def deleted():
    z = 3
    del z
    return z


try:
    deleted()
except UnboundLocalError as e:
    print(e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(e)
