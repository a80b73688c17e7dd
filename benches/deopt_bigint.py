# stresses: int overflow past 64 bits in a hot loop (small-int fast path -> bigint), then continuing
N = 12000000


def grow(n):
    # x grows linearly and crosses 2**63 around n/2 (small-int fast path -> bigint), then keeps going
    step = (1 << 62) // (n // 4) + 12345
    x = 7
    total = 0
    i = 0
    while i < n:
        x = x + step + (i & 7)
        total = total + (x & 0xFFFF) + (x >> 60)
        i += 1
    return total, len(str(x))


def fact_like(n):
    # product that overflows 64 bits after ~20 steps, then reset and repeat
    p = 1
    digits = 0
    for i in range(n):
        p = p * (i % 25 + 1)
        if i % 25 == 24:
            digits += len(str(p)) + p % 1000003
            p = 1
    return digits


def main():
    total, d = grow(N)
    f = fact_like(N // 3)
    return total, d, f


if __name__ == "__main__":
    t, d, f = main()
    print(t)
    print(d)
    print(f)
