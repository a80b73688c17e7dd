# Globals read by hot loops, which the FTL compiles as constants, change in
# every way Python allows while (and after) the loops run: the loops must see
# each new binding at once.
import builtins

SCALE = 3
OFFSET = 0.5
TABLE = [1, 2, 3]


def scaled(n):
    total = 0
    for i in range(n):
        total += i * SCALE
    return total


def rebind_scale(v):
    global SCALE
    SCALE = v


def scaled_with_call(n, at):
    total = 0
    for i in range(n):
        if i == at:
            rebind_scale(SCALE + 1)
        total += i * SCALE
    return total


def helper(x):
    return x + 1


def calls_helper(n):
    total = 0
    for i in range(n):
        total += helper(i)
    return total


def uses_builtins(xs):
    total = 0
    for x in xs:
        total += len(xs) + abs(x)
    return total


def float_offset(n):
    t = 0.0
    for i in range(n):
        t += i + OFFSET
    return t


def table_sum(n):
    t = 0
    for i in range(n):
        t += TABLE[i % 3]
    return t


def swap_in_loop(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            globals()["OFFSET"] = 2
        total += OFFSET
    return total


print(scaled(3000))
print(scaled_with_call(3000, 1500))
print(SCALE, scaled(3000))
SCALE = 10
print(scaled(3000))
SCALE = 10  # the same value again
print(scaled(3000))
globals()["SCALE"] = 2.5
print(scaled(3000))
exec("SCALE = 7", globals())
print(scaled(3000))

print(calls_helper(3000))


def helper(x):  # noqa: F811 (rebinding the function a hot loop calls)
    return x * 2


print(calls_helper(3000))
helper = abs
print(calls_helper(3000))

xs = list(range(-500, 500))
print(uses_builtins(xs))
len = lambda s: 1000  # noqa: E731 (a global shadows the builtin)
print(uses_builtins(xs))
del len
print(uses_builtins(xs))
real_abs = builtins.abs
builtins.abs = lambda x: 0
print(uses_builtins(xs))
builtins.abs = real_abs
print(uses_builtins(xs))

print(float_offset(3000))
OFFSET = 1
print(float_offset(3000))
del OFFSET
try:
    float_offset(10)
except NameError as e:
    print("NameError:", e)
OFFSET = -1.25
print(float_offset(3000))
print(swap_in_loop(3000))

print(table_sum(3000))
TABLE.append(4)
TABLE[0] = 100
print(table_sum(3000))
TABLE = (5, 6, 7)
print(table_sum(3000))

# A module-level loop rebinds a global the hot function reads, every time.
acc = 0
for k in range(300):
    SCALE = k % 4
    acc += scaled(50)
print(acc)
