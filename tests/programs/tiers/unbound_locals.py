# Locals that are unbound on some paths into a hot loop: the FTL types them
# "int or unbound"; entering its code (OSR) with such a local holding a big
# int, a float or nothing at all must still give CPython's results.


def last_after_inner(n, m):
    acc = 0
    for i in range(n):
        for j in range(m):
            acc += i ^ j
        acc -= j  # j is unbound when m == 0
    return acc


def grows_big(n):
    total = 0
    for i in range(n):
        if i > 3:
            total += last
        last = i * i if i < n - 50 else 2**70 + i
    return total


def turns_float(n):
    total = 0
    for i in range(n):
        if i > 0:
            total += prev
        prev = i if i % 1000 else i / 2
    return total


def deleted(n):
    total = 0
    for i in range(n):
        x = i * 3
        total += x
        if i % 997 == 0:
            del x
        try:
            total += x
        except UnboundLocalError as e:
            total += 1
            msg = str(e)
    return total, msg


print(last_after_inner(300, 200))
print(last_after_inner(3000, 7))
try:
    print(last_after_inner(3, 0))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(grows_big(20000))
print(turns_float(20000))
print(deleted(20000))
