def attempt(name, f):
    try:
        r = f()
        print(name, "ok", len(r))
    except MemoryError as e:
        print(name, "MemoryError", e)
    except OverflowError as e:
        print(name, "OverflowError", e)

attempt("list repeat", lambda: [0] * (10**12))
attempt("str repeat", lambda: 'ab' * (10**12))
attempt("list(range)", lambda: list(range(10**12)))
attempt("list repeat 2**62", lambda: [1, 2] * (2**62))
attempt("str repeat max", lambda: 'x' * (2**63 - 1))
attempt("tuple repeat", lambda: (1,) * (10**12))
attempt("zero repeat", lambda: [0] * (10**11) * 0)
x = [1]
try:
    x *= 10**12
except MemoryError:
    print("inplace MemoryError")
print(len(x))
