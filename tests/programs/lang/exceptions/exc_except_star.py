# except* (PEP 654): matching by split, wrapping naked exceptions, what
# handlers raise grouped with the unmatched rest, else/finally, the errors.
import sys


def show(e, ind=''):
    if isinstance(e, BaseExceptionGroup):
        print(ind + type(e).__name__, repr(e.message), 'context', type(e.__context__).__name__,
              'cause', type(e.__cause__).__name__)
        for x in e.exceptions:
            show(x, ind + '  ')
    else:
        print(ind + repr(e), 'context', type(e.__context__).__name__, 'cause', type(e.__cause__).__name__)


def run(label, f):
    print('--', label)
    try:
        f()
        print('returned normally')
    except BaseException as e:
        show(e)


def split_two_handlers():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('in', [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print('V', repr(e), sys.exception() is e)
    except* KeyError as e:
        print('K', repr(e))
        raise RuntimeError('from handler')


def naked_matched_reraise():
    try:
        raise ValueError(5)
    except* ValueError as e:
        print('naked', repr(e), repr(e.exceptions[0]), type(e).__name__)
        raise


def naked_matched_quiet():
    try:
        raise ValueError(6)
    except* (TypeError, ValueError) as e:
        print('tuple', repr(e))


def naked_unmatched():
    try:
        raise ValueError(7)
    except* TypeError:
        print('not reached')


def catch_group_class():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        print('not reached')


def catch_not_exception():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* (ValueError, int):
        print('not reached')


def reraise_all_with_else_finally():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    else:
        print('else: not reached')
    finally:
        print('finally runs')


def no_exception():
    try:
        print('body')
    except* ValueError:
        print('not reached')
    else:
        print('else runs')
    finally:
        print('finally runs')


def every_handler_raises():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3), KeyError(4)])
    except* ValueError:
        raise IndexError('i')
    except* TypeError as t:
        raise ArithmeticError('a') from t
    except* OSError:
        raise


def explicit_raise_of_match():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


def subclass_derive():
    try:
        raise MyGroup('mine', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('matched', type(e).__name__, repr(e.message))


def base_exceptions():
    try:
        raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print('value part', type(e).__name__)


def loop_in_handler():
    out = []
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        for i in range(10):
            if i == 3:
                continue
            if i == 6:
                break
            out.append(i)
    print('loop', out)


def name_unbound_after():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        print(err)
    except NameError as n:
        print('NameError', n)


def fully_handled_skips_later_clauses():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        print('first')
    except* ValueError:
        print('not reached')
    except* TypeError:
        print('not reached')
    print('after')


def in_generator():
    try:
        yield 1
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield 'handled ' + repr(e)


for label, f in [
    ('split_two_handlers', split_two_handlers),
    ('naked_matched_reraise', naked_matched_reraise),
    ('naked_matched_quiet', naked_matched_quiet),
    ('naked_unmatched', naked_unmatched),
    ('catch_group_class', catch_group_class),
    ('catch_not_exception', catch_not_exception),
    ('reraise_all_with_else_finally', reraise_all_with_else_finally),
    ('no_exception', no_exception),
    ('every_handler_raises', every_handler_raises),
    ('explicit_raise_of_match', explicit_raise_of_match),
    ('subclass_derive', subclass_derive),
    ('base_exceptions', base_exceptions),
    ('loop_in_handler', loop_in_handler),
    ('name_unbound_after', name_unbound_after),
    ('fully_handled_skips_later_clauses', fully_handled_skips_later_clauses),
    ('in_generator', lambda: print(list(in_generator()))),
]:
    run(label, f)

# Hot enough for the JIT tiers.
def hot(i):
    try:
        if i % 3 == 0:
            raise ExceptionGroup('h', [ValueError(i), TypeError(i)])
        if i % 3 == 1:
            raise ValueError(i)
        return 0
    except* ValueError as e:
        n = len(e.exceptions)
    except* TypeError:
        n = 5
    return n


print('hot', sum(hot(i) if i % 3 != 0 else 0 for i in range(3000)))


def hot2(i):
    total = 0
    try:
        raise ExceptionGroup('h', [ValueError(i), TypeError(i)])
    except* ValueError as e:
        total += e.exceptions[0].args[0]
    except* TypeError as e:
        total += 2 * e.exceptions[0].args[0]
    return total


print('hot2', sum(hot2(i) for i in range(3000)))

for src in [
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n',
    'for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n',
    'try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n    class C:\n        pass\n    for i in x:\n        break\n',
]:
    try:
        compile(src, '<src>', 'exec')
        print('compiles')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
