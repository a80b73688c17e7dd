# Int arithmetic whose intermediate results leave the 48-bit inline range
# and come back (generators, hashes): compiled code computes such chains in
# 64-bit ints; an overflow of 64 bits, a value the chain needs after a
# branch, negative operands and every narrowing operator must give exactly
# CPython's results, in every tier.


def lcg(n, x):
    t = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        t += x >> 16
    return t, x


def hash_words(words, rounds):
    h = 0
    for r in range(rounds):
        for w in words:
            for ch in w:
                h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def inplace_chain(n):
    h = 5381
    out = 0
    for i in range(n):
        h *= 33
        h += i
        h %= 4294967291
        out ^= h
    return h, out


def fnv1a(data, rounds):
    h = 2166136261
    for r in range(rounds):
        for c in data:
            h ^= c
            h *= 16777619
            h &= 0xFFFFFFFF
    return h


def narrowing_ops(n):
    acc = []
    x = 987654321
    for i in range(n):
        big = x * 2654435761 - i * 97
        a = (x * 2654435761 - i * 97) >> 20
        b = (x * -2654435761 + i) // 65536
        c = (x * -40503 - 7) % 1000003
        d = (x * 2654435761) & 0x7FFFFFFFFFFF
        x = (a + b + c + d) % 1000000007
        if i % (n // 4) == 0:
            acc.append((a, b, c, d, big))
    return x, acc


def overflow_64(n):
    # x * 65536 fits 64 bits; adding 2**62 does not, for the largest x:
    # the sum becomes a big int in the middle of the chain.
    res = []
    for i in range(n):
        x = (i * 8796093022207) % 140737488355327
        y = (x * 65536 + 4611686018427387904) % 1000000007
        z = (x * x * 3 + 1) % 998244353
        res.append(y ^ z)
    return sum(res) % 1000000007, res[-1]


def operand_turns_float(n):
    t = 0.0
    k = 3
    for i in range(n):
        if i == n // 2:
            k = 2.5
        v = (i * 1103515245 + k) % 2147483648
        t += v
    return t


def chain_value_kept(n):
    # The product is needed again after the narrowing: not a chain.
    t = 0
    for i in range(n):
        p = i * 3037000493
        m = p % 1000003
        t += m + (p >> 40)
    return t


def mixed_signs(n):
    t = 0
    for i in range(n):
        s = i - n // 2
        t += (s * 123456789012 - 5) % 97
        t += (s * 123456789012) >> 33
        t -= (s * -98765432109) // 1048576
        t += (s * 123456789012 + 3) & 65535
    return t


for f, args in ((lcg, (20000, 42)), (hash_words, (["alpha", "beta", "gamma", "delta"], 3000)),
                (inplace_chain, (30000,)), (fnv1a, (list(range(256)), 100)), (narrowing_ops, (20000,)), (overflow_64, (20000,)),
                (operand_turns_float, (20000,)), (chain_value_kept, (20000,)), (mixed_signs, (20000,))):
    print(f.__name__, f(*args))
    print(f.__name__, f(*args))
