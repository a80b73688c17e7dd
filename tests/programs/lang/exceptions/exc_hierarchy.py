names = [BaseException, Exception, ArithmeticError, LookupError, ValueError,
         TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError,
         NameError, RuntimeError, StopIteration, AssertionError,
         NotImplementedError, OverflowError, RecursionError, KeyboardInterrupt,
         SystemExit, UnboundLocalError, GeneratorExit]
for cls in names:
    print(cls.__name__, "->", cls.__bases__[0].__name__)
print(issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError))
print(issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception))
print(issubclass(StopIteration, Exception))
print(issubclass(ValueError, LookupError))
print([k.__name__ for k in ZeroDivisionError.__mro__])
print([k.__name__ for k in KeyError.__mro__])
print([k.__name__ for k in RecursionError.__mro__])
e = RecursionError("x")
print(isinstance(e, RuntimeError), isinstance(e, Exception), isinstance(e, BaseException))
