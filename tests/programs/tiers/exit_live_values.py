# Exits from optimized loops write back only what the interpreter may still
# read: the locals, what a handler reads, and temporaries still to be used.
# Each exit below happens mid-loop, and what follows it must see the values
# of that moment.


def overflow_mid_expression(n):
    # `big` overflows the inline int range inside a longer expression: the
    # partial results (temporaries) must survive the exit.
    total = 0
    big = 1
    for i in range(n):
        big = big * 3 + i
        total += (big % 7) * 2 + i
    return total, big % 1000003


def handler_reads_old_local(items):
    # `x = a + b` raises for the str item: the handler reads the x of the
    # previous iteration, which the exit must have written back.
    x = 0
    seen = []
    for a in items:
        try:
            x = a + 1
        except TypeError:
            seen.append(x)
    return x, seen


def type_change_keeps_temporaries(vals):
    acc = 0.0
    k = 0
    for v in vals:
        k += 1
        acc = acc + v * 0.5 + k
    return acc, k


def nested_exit_inner_loop(rows):
    out = []
    for r in rows:
        s = 0
        for v in r:
            s += v * v
        out.append(s)
    return out


print(overflow_mid_expression(200))
print(handler_reads_old_local([1, 2, 3] * 300 + ["s"] + [4, 5] + ["t"]))
print(type_change_keeps_temporaries([1, 2, 3] * 400 + [2.5, 7, 1.25]))
rows = [[i + j for j in range(30)] for i in range(200)]
rows[150][7] = 10 ** 30
rows[170][3] = 0.5
print(sum(nested_exit_inner_loop(rows)) % 1000000007)
