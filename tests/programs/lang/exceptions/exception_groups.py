# BaseExceptionGroup / ExceptionGroup: construction checks, str/repr,
# subgroup, split, derive.
eg = ExceptionGroup('msg', [ValueError(1), TypeError('t')])
print(str(eg), repr(eg), eg.message, eg.exceptions, type(eg).__mro__)
beg = BaseExceptionGroup('m', [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
print(type(BaseExceptionGroup('m', [ValueError()])).__name__)
for make in (lambda: ExceptionGroup('m', [KeyboardInterrupt()]), lambda: ExceptionGroup('m', []),
             lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m', ValueError()),
             lambda: ExceptionGroup('m', [1]), lambda: eg.split(42)):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
print(repr(nested.subgroup(ValueError)), repr(nested.subgroup(lambda e: isinstance(e, TypeError))))
print(nested.split(TypeError))
print(nested.subgroup(KeyError), nested.split(KeyError))
print(nested.subgroup((TypeError, ValueError)) is nested, nested.split(ExceptionGroup)[0] is nested)
print(str(ExceptionGroup('one', [ValueError()])), eg.args)
print(eg.derive([KeyError(5)]))
e = ExceptionGroup('m', (ValueError(1),)); print(e.exceptions, e.args)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise ExceptionGroup("boom", [ValueError("a"), KeyError("b")])
except ExceptionGroup as caught:
    print("caught", repr(caught), [type(x).__name__ for x in caught.exceptions])
try:
    raise ExceptionGroup("boom", [ValueError("a")])
except Exception as caught:
    print("as Exception", type(caught).__name__)
base = ExceptionGroup('b', [ValueError(1), TypeError(2)])
base.add_note("a note")
match, rest = base.split(ValueError)
print(match.__notes__, rest.__notes__, match.message)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)
print(repr(MyGroup('mine', [ValueError(1), TypeError(2)]).subgroup(TypeError)))
