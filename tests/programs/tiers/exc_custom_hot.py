# Custom exception classes raised from helper functions inside hot loops.
class AppError(Exception):
    pass

class TooBig(AppError):
    def __init__(self, value):
        super().__init__("too big: " + str(value))
        self.value = value

class Odd(AppError):
    pass

def check(x):
    if x > 900:
        raise TooBig(x)
    if x % 2:
        raise Odd(x)
    return x // 2

def run(n):
    ok = big = odd = 0
    s = 0
    for i in range(n):
        x = (i * 37) % 1000
        try:
            s += check(x)
            ok += 1
        except TooBig as e:
            big += 1
            s -= e.value % 10
        except AppError as e:
            odd += 1
            s += e.args[0] % 3
        if i % 1000 == 0:
            print(i, ok, big, odd, s)
    return ok, big, odd, s

print(run(6000))

def nested(i):
    try:
        try:
            if i % 5 == 0:
                raise ValueError(i)
            if i % 7 == 0:
                raise Odd("seven")
            return 0
        except ValueError as e:
            raise AppError("wrapped %d" % e.args[0]) from e
        finally:
            pass
    except AppError as e:
        return 1 if isinstance(e, Odd) else 2

tally = [0, 0, 0]
for i in range(5000):
    tally[nested(i)] += 1
print(tally)
msgs = []
for i in range(3000):
    try:
        raise TooBig(i)
    except AppError as e:
        if i % 1000 == 0:
            msgs.append(str(e))
print(msgs)
