# A hot loop reading builtins through the global cache while the program
# shadows them with module globals, rebinds them in the builtins module and
# deletes the shadows again, all in the middle of the loop.
import builtins

orig_len = builtins.len


def run(n):
    out = []
    for i in range(n):
        out.append(len("abc") + abs(-i))
        if i == 100:
            globals()["len"] = lambda s: -1
        elif i == 200:
            del globals()["len"]
        elif i == 300:
            builtins.abs = lambda v: 7
        elif i == 400:
            builtins.abs = orig_abs
        elif i == 500:
            globals()["abs"] = lambda v: 0.5
    return out


orig_abs = builtins.abs
r = run(600)
print(r[99:103], r[199:203], r[299:303], r[399:403], r[499:503], r[-1])
print(sum(r))
del abs
print(abs(-3), len([1, 2]))
