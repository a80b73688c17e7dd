def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after return")


def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def value_capture():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(ret_in_try())
print(ret_in_finally())
print(swallow())
print(value_capture())
print(nested())


def counter():
    log = []
    for i in range(4):
        try:
            if i == 2:
                return log
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log


print(counter())
