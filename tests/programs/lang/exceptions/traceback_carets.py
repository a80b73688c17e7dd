# The carets under a traceback's source lines (PEP 657): under the failing
# expression, with ~ and ^ for binary operators and subscripts, none when
# the expression is the whole line; checked through traceback.format_exc().
import traceback


def report(f):
    try:
        f()
    except Exception:
        text = traceback.format_exc()
        print('\n'.join(line for line in text.splitlines() if not line.startswith('  File')))


d = {'a': {'b': 1}}
s = 'text'


def binop():
    return d['a']['b'] + s


def binop_parens():
    return (1) + (s)


def floordiv():
    x = 0
    return 10//x


def nested_subscript():
    return d['a']['zz']


def method_lookup():
    return s.nosuch(1)


def method_raises():
    return s.index('q')


def attribute():
    return d.missing


def name():
    return undefined_name  # noqa: F821


def call_inner():
    return len(5)


def whole_line():
    raise ValueError('whole line')


def multi_line():
    return (1 +
            s)


def assertion():
    assert len(s) == 5, 'length'


def deco(f):
    raise RuntimeError('in decorator')


def decorated():
    @deco
    def h():
        pass


def aug_subscript():
    m = {}
    m['k'] += 1


def del_subscript():
    del d['nope']


def slicing():
    return s[1:2][5]


def unicode_line():
    return {'é': 1}['éé']


def in_lambda():
    f = lambda v: v['x']  # noqa: E731
    return f([])


for fn in [binop, binop_parens, floordiv, nested_subscript, method_lookup, method_raises, attribute, name,
           call_inner, whole_line, multi_line, assertion, decorated, aug_subscript, del_subscript, slicing,
           unicode_line, in_lambda]:
    print('--', fn.__name__)
    report(fn)
