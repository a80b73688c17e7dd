# Re-raising, exception chaining and exception objects kept across iterations.
class E1(Exception):
    pass

class E2(E1):
    def __str__(self):
        return "E2<%s>" % (self.args[0],)

def risky(i):
    if i % 4 == 0:
        raise E2(i)
    if i % 4 == 1:
        raise E1("one", i)
    if i % 4 == 2:
        raise ValueError(i)
    return i

kept = []
stats = [0, 0, 0, 0]
for i in range(4000):
    try:
        try:
            risky(i)
            stats[3] += 1
        except E1 as e:
            if isinstance(e, E2):
                stats[0] += 1
                if i % 1000 == 0:
                    kept.append(str(e))
            else:
                stats[1] += 1
                raise
    except E1 as e:
        if i % 1000 == 1:
            kept.append(repr(e))
    except ValueError as e:
        stats[2] += 1
        try:
            raise E1("wrapped") from e
        except E1 as w:
            if i % 1000 == 2:
                kept.append((str(w), repr(w.__cause__)))
print(stats)
print(kept)
ctx = []
for i in range(500):
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            [][0]
    except IndexError as e:
        if i == 499:
            ctx.append(type(e.__context__).__name__)
            ctx.append(str(e.__context__))
print(ctx)
errs = []
for i in range(1000):
    try:
        int("x%d" % i)
    except ValueError as e:
        if i % 250 == 0:
            errs.append(str(e))
print(errs)
for i in range(1000):
    try:
        raise KeyError("k", i)
    except LookupError as e:
        last = e
print(type(last).__name__, last.args, isinstance(last, Exception))
