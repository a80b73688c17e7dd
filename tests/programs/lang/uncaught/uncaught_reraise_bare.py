log = []


def risky(n):
    if n == 3:
        raise OverflowError("n reached %d" % n)
    return n * 10


def run(limit):
    for i in range(limit):
        try:
            log.append(risky(i))
        except OverflowError:
            print("logging the failure at", i)
            log.append("fail")
            raise
        finally:
            print("step", i, "done")
    return log


print(run(2))
log.clear()
print(run(3))
log.clear()
run(10)
print("not reached")
