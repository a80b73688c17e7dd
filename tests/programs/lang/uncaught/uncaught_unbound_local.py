counter = 0


def increment_ok():
    global counter
    counter += 1
    return counter


def increment_bad():
    counter += 1
    return counter


def pick(flag):
    if flag:
        result = "chosen"
    return result


print(increment_ok(), increment_ok())
print(pick(True))
try:
    pick(False)
except UnboundLocalError as e:
    print("caught:", e)
print(counter)
print("calling increment_bad")
increment_bad()
print("not reached")
