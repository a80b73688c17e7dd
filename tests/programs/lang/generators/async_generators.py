# Async generators: `async def` functions that yield, driven by hand (no
# event loop): __anext__/asend/athrow/aclose awaitables and `async for`.
import types


@types.coroutine
def pause(tag):
    got = yield f"pause {tag}"
    return got


def drive(coro):
    sent = None
    while True:
        try:
            out = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("loop got", out)
        sent = "ack"


async def ticker(n):
    try:
        for i in range(n):
            reply = await pause(i)
            received = yield i * 10
            print("ticker received", received, "after", reply)
    finally:
        print("ticker cleanup")


async def consume():
    seen = []
    async for v in ticker(3):
        seen.append(v)
    return seen


print(drive(consume()))


async def manual():
    g = ticker(5)
    print(type(g).__name__, g.__aiter__() is g, g.__name__, g.__qualname__)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "manual done"


print(drive(manual()))


async def early_exit():
    g = ticker(10)
    async for v in g:
        if v >= 10:
            break
    await g.aclose()
    await g.aclose()
    return "closed"


print(drive(early_exit()))


async def catches():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 2


async def use_catches():
    g = catches()
    await g.__anext__()
    return await g.athrow(KeyError("k"))


print(drive(use_catches()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)


print(drive(close_stubborn()))

for src in ["async def f(): yield from y", "async def f():\n    yield 1\n    return 2", "async def f():\n    return 2\n    yield"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
