def infinite(n):
    return infinite(n + 1)


def safe_call(f, *args):
    try:
        return f(*args)
    except RecursionError:
        print("caught")
        return None


print(safe_call(infinite, 0))
print("program continues")


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))
print(len(str(fact(500))))


class Weird:
    def __init__(self):
        self.calls = 0

    def go(self):
        self.calls += 1
        return self.go()


w = Weird()
try:
    w.go()
except RecursionError as e:
    print("caught", type(e).__name__, w.calls > 500)
print(safe_call(fact, 10))
for i in range(3):
    try:
        infinite(0)
    except RecursionError:
        print("caught iteration", i)
print("done")
