# Loops indexing lists that the loop resizes or replaces behind the
# indexing register's back (an alias, a method, a callee, a slice store):
# compiled code that keeps a list's length or data pointer in a register
# across the loop must read them again after each such change.


def grow_through_alias(n):
    a = [1.0, 2.0, 3.0]
    b = a
    t = 0.0
    for i in range(n):
        t += a[i % len(a)] * 0.5
        if i % 7 == 0:
            b.append(float(i))
    return t, len(a)


def shrink_by_pop(n):
    a = list(range(200))
    t = 0
    for i in range(n):
        j = i % 150
        if j < len(a):
            t += a[j]
        else:
            t -= 1
        if i % 3 == 0 and len(a) > 10:
            a.pop()
    return t, len(a)


def refill(lst, k):
    lst[:] = [k] * (len(lst) // 2 + 1)


def replaced_by_callee(n):
    a = [5] * 64
    t = 0
    for i in range(n):
        t += a[i % len(a)]
        if i % 50 == 49:
            refill(a, i)
    return t, len(a)


def slice_store_in_loop(n):
    a = [0] * 10
    t = 0
    for i in range(n):
        a[i % 10] = i
        if i % 100 == 99:
            a[2:5] = [i, i, i, i, i, i]
        t += a[i % len(a)]
    return t, len(a)


def index_error_after_shrink(n):
    a = [3] * 50
    b = a
    t = 0
    try:
        for i in range(n):
            t += a[i % 40]
            if i == n // 2:
                del b[5:]
    except IndexError as e:
        return t, "IndexError", str(e)
    return t, "no error"


def nested_rows_swapped(n):
    grid = [[float(i * 10 + j) for j in range(10)] for i in range(10)]
    t = 0.0
    for r in range(n):
        row = grid[r % 10]
        for j in range(10):
            t += row[j]
            if j == 9 and r % 13 == 0:
                grid[r % 10] = [1.0] * 3 + row
    return t, [len(x) for x in grid]


for f in (grow_through_alias, shrink_by_pop, replaced_by_callee, slice_store_in_loop, index_error_after_shrink, nested_rows_swapped):
    print(f.__name__, f(3000), f(30000))
