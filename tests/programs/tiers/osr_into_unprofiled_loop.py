# An OSR entry at a loop that had not run when the FTL compiled the
# function: the code for that loop is an exit back to the lower tiers, and
# the registers it was entered with (a big int where the code before the
# loop had an int, a str, a list) must reach the interpreter unchanged.


def grow(w, n, extra):
    # The first loop runs on every call; the second only when `extra`.
    t = 0
    for i in range(n):
        t += i
    if extra:
        for i in range(extra):
            w = w | (w << 3)
    return t, w


def label(s, n, extra):
    for i in range(n):
        s = s
    if extra:
        for i in range(extra):
            s = s + "ab"
    return s


for k in range(300):
    grow(3, 50, 0)
    label("x", 50, 0)

# Calls whose first argument is of another kind than compiled for start in
# the lower tiers and meet the compiled code again at the second loop.
t, w = grow(2 ** 100, 50, 40)
print(t, w.bit_length(), w % 1000003)
t, w = grow(3, 50, 2000)
print(t, w.bit_length(), w % 1000003)
print(label(["not", "a", "str"] and "list", 50, 3))
print(len(label("y" * 100, 50, 500)))
for k in range(5):
    t, w = grow(2 ** 70 + k, 30, 100 + k)
    print(k, t, w.bit_length(), w % 999983)
