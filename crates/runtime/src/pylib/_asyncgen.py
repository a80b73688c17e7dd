"""Async generators (an `async def` that yields), made by tierpy's runtime.

The function's frame runs as a coroutine; these classes tell its own
`yield`s (values for the `async for`) from the values its `await`s pass up
to the event loop, as CPython's async_generator and its awaitables do."""


class async_generator:
    """What calling an async generator function returns."""

    def __init__(self, coro):
        self._coro = coro
        self._done = False
        self._started = False
        self.__name__ = coro.__name__
        self.__qualname__ = coro.__qualname__

    def __repr__(self):
        return f'<async_generator object {self.__qualname__} at {hex(id(self))}>'

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Step(self, 'send', (None,))

    def asend(self, value):
        return _Step(self, 'send', (value,))

    def athrow(self, *args):
        return _Step(self, 'throw', args)

    def aclose(self):
        return _Step(self, 'close', ())

    def _advance(self, how, args, closing=False):
        """One step of the frame: the value to pass to the event loop, or
        StopIteration(v) for the generator's own `yield v`. While `closing`
        (aclose), the frame must finish instead of yielding."""
        if self._done:
            if how == 'throw' and not closing:
                raise _exception(args)
            if closing:
                raise StopIteration
            raise StopAsyncIteration
        if closing and not self._started:
            self._done = True
            raise StopIteration
        self._started = True
        try:
            value = self._coro.send(*args) if how == 'send' else self._coro.throw(*args)
        except StopIteration:
            self._done = True
            if closing:
                raise StopIteration from None
            raise StopAsyncIteration from None
        except (GeneratorExit, StopAsyncIteration):
            self._done = True
            if closing:
                raise StopIteration from None
            raise
        except BaseException:
            self._done = True
            raise
        if self._coro._tierpy_in_await():
            return value
        if closing:
            raise RuntimeError('async generator ignored GeneratorExit')
        raise StopIteration(value)


def _exception(args):
    """The exception `throw(*args)` raises."""
    typ = args[0]
    if isinstance(typ, BaseException):
        return typ
    return typ(*args[1:2])


class _Step:
    """The awaitable of `__anext__()`, `asend()`, `athrow()` and `aclose()`."""

    def __init__(self, agen, how, args):
        self._agen = agen
        self._how = how
        self._args = args
        self._first = True

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        closing = self._how == 'close'
        if self._first:
            self._first = False
            if closing:
                return self._agen._advance('throw', (GeneratorExit,), True)
            return self._agen._advance(self._how, self._args)
        return self._agen._advance('send', (value,), closing)

    def throw(self, *args):
        self._first = False
        return self._agen._advance('throw', args, self._how == 'close')

    def close(self):
        self._first = False
