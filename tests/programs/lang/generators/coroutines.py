# async def / await / async for / async with, driven by hand with send().
import types


def run(coro):
    """Drives a coroutine to the end, printing what it yields."""
    try:
        while True:
            print("  yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield "tick %d" % i
        return self.n * 10


@types.coroutine
def legacy(x):
    got = yield ("legacy", x)
    return got


async def add(a, b):
    return a + b


async def main():
    s = await add(1, 2)
    t = await Sleep(2)
    try:
        await 5
    except TypeError as e:
        print("TypeError", e)
    return s + t


c = main()
print(type(c).__name__, repr(c).startswith("<coroutine object main at 0x"), type(c) is types.CoroutineType)
print("result", run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError", e)


async def uses_legacy():
    v = await legacy(7)
    return v * 2


co = uses_legacy()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("returned", e.value)


class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Sleep(1)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    out = []
    async for x in Ticker(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x * 100)
    else:
        out.append("not reached")
    return out


print(run(loops()))


class Guard:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow

    async def __aenter__(self):
        await Sleep(1)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


async def guarded():
    async with Guard("a", False) as g, Guard("b", True) as h:
        print("body", g, h)
        raise KeyError("inner")
    print("after swallowed")
    for i in range(3):
        async with Guard("loop%d" % i, False):
            if i == 1:
                break
    try:
        async with Guard("c", False):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    return "done"


print(run(guarded()))


async def catcher():
    try:
        await Sleep(3)
    except ZeroDivisionError as e:
        print("thrown in", e)
        return "recovered"


cc = catcher()
print(cc.send(None))
try:
    cc.throw(ZeroDivisionError("boom"))
except StopIteration as e:
    print("after throw", e.value)
cl = catcher()
cl.send(None)
print(cl.close())

try:
    for _ in add(1, 2):
        pass
except TypeError as e:
    print("TypeError", e)

for src in ["await x", "def f():\n    await x", "async def f():\n    yield from x", "def g():\n    async for a in b: pass"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
