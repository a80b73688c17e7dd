# Shifts and the `op=` forms of the int operators in hot loops: inline ints
# on the fast path, then counts and operands that leave it mid-loop
# (negative and huge counts, results beyond 48 bits, big ints, bools,
# floats, zero divisors), in every tier.


def shifts(n):
    t = 0
    for i in range(n):
        a = i * 7919 + 3
        t += (a << (i % 20)) >> (i % 13)
        t ^= a >> 40
        t += (-a) >> (i % 70)
        t &= (1 << 60) - 1
    return t


def inplace_ops(n):
    h = 5381
    x = 1
    acc = 0
    for i in range(n):
        h <<= 5
        h ^= i
        h &= 0xFFFFFFFF
        h |= 1
        x = (x * 48271) % 2147483647
        y = x
        y //= 7
        y %= 1000
        y >>= 1
        acc += y
        acc -= i % 3
    return h, x, acc


def grows_past_inline(n):
    v = 1
    out = []
    for i in range(n):
        v <<= 1
        if i % 10 == 9:
            out.append(v.bit_length())
    w = 3
    for i in range(n):
        w |= w << 3
    return out[-3:], w.bit_length(), v >> (n - 5)


def kinds_change(n):
    res = []
    vals = [12, -12, 2 ** 70, True, 3.5, -(2 ** 65) + 1]
    for i in range(n):
        v = vals[i % len(vals)] if i > n // 2 else 1000 + i
        try:
            a = v >> 2
            b = v << 3
            c = v
            c &= 0xFF
            c ^= 5
            d = v
            d //= 3
            d %= 7
            res.append((a, b, c, d))
        except TypeError as e:
            res.append(str(e))
    return res[-7:]


def errors():
    out = []
    for count in (-1, -100, -(2 ** 70)):
        for expr in (lambda: 5 >> count, lambda: 5 << count):
            try:
                out.append(expr())
            except ValueError as e:
                out.append("ValueError: " + str(e))
    x = 10
    try:
        x //= 0
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    try:
        x %= 0
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    y = 7
    y >>= 200
    z = -7
    z >>= 200
    w = 1
    w <<= 100
    out.append((x, y, z, w))
    return out


def negative_modulo(n):
    t = 0
    for i in range(n):
        a = i - n // 2
        a %= -7
        b = i - n // 2
        b //= -3
        t += a * 3 + b
    return t


for f in (shifts, inplace_ops, grows_past_inline, kinds_change, negative_modulo):
    print(f.__name__, f(300), f(30000))
print(errors())
