# An uncaught exception group prints as the tree of its members (nested
# groups, chained members, more than 15 members), as CPython's report does;
# traceback.format_exception gives the same text for the groups shown first.
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def show(e):
    # Paths relative to this directory: the output must not depend on where the checkout is.
    print(''.join(traceback.format_exception(e)).replace(HERE, '<dir>'), end='')


def f():
    raise ValueError(1)


def g():
    try:
        f()
    except ValueError as e:
        raise KeyError('k') from e


caught = []
for h in (f, g):
    try:
        h()
    except Exception as e:
        caught.append(e)
caught.append(ExceptionGroup('inner', [TypeError('t'), OSError(2)]))

try:
    raise ExceptionGroup('outer', caught)
except ExceptionGroup as e:
    show(e)

try:
    raise BaseExceptionGroup('wide', [ValueError(i) for i in range(17)])
except BaseExceptionGroup as e:
    show(e)

try:
    raise ExceptionGroup('outer', caught)
except* KeyError:
    raise RuntimeError('in handler')
