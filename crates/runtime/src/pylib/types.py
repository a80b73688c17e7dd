"""tierpy's types: the type objects of functions, generators, methods...,
and SimpleNamespace."""

import sys as _sys
from _mappingproxy import mappingproxy as MappingProxyType


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


async def _co():
    pass


CoroutineType = type(_co())
del _f, _g, _C, _co


UnionType = type(int | str)
GenericAlias = type(list[int])


def coroutine(func):
    """Makes a generator function usable with await (tierpy awaits any generator)."""
    return func


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = (f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__ if type(self) is not SimpleNamespace else "namespace"}({", ".join(items)})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)
