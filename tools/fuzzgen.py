#!/usr/bin/env python3
"""Seeded random Python program generator for differential fuzzing of tierpy.

usage: tools/fuzzgen.py --seed N [--size small|medium]

Prints one program to stdout. The same seed and size always give the same
program (the generator uses only its own random.Random(seed)). Programs are
valid Python 3.11, deterministic (no hashing of str, no id(), no time, sets
are printed sorted), bounded (every loop has a fixed trip count; CPython runs
each in well under 0.5 s) and print intermediate values through _emit(),
which also folds everything printed into a checksum printed on the last line.

What is generated (grammar of tierpy's supported subset), as a sequence of
top-level segments, each one or more top-level statements:
  * functions with positional, default and keyword-only parameters, called
    with positional and keyword arguments; hot loops of 50-2000 iterations
    (so baseline/FTL promotion happens even with default thresholds)
  * int arithmetic near 2**31 / 2**47 / 2**53 / 2**63 / 2**64, multiplication
    chains that go big and come back small through // and %, bit operations
  * float arithmetic (finite by construction), printed with repr / str / f-string
  * variables that change type mid-loop (int -> float -> int, int <-> str,
    int -> big int), polymorphic functions fed int, float, str, list
  * lists, dicts, tuples, strings: indexing, slicing, append/pop/insert/sort,
    dict get/set/pop/setdefault, str methods, f-strings without format specs
  * small classes with __init__, methods, attributes, class attributes,
    __repr__, single inheritance with super()
  * try/except/else/finally raising and catching ZeroDivisionError,
    IndexError, KeyError, ValueError (messages printed), custom exceptions
  * generators (yield, yield from) consumed by list()/sum()/for, generator
    expressions, list/dict/set comprehensions
  * closures (nonlocal, default-captured lambdas), bounded recursion (<= 40),
    while loops with break/continue, global statements, *args/**kwargs, star
    unpacking, slice assignment, dict merging, str.format and %-formatting of
    ints and strs
  * an operator table: every operator (+ - * / // % ** divmod << >> & | ^ ~,
    comparisons, pow(a, b, m), round, int(), float(), math.*) over a pool of
    mixed operands (ints at the 48/64-bit edges, big ints, floats including
    inf, nan and -0.0, bools), printed once and then run in a hot loop
  * edge cases: constant expressions over builtins, unicode case mapping,
    float repr and parsing, ranges with 64-bit bounds, error messages of
    builtins (each evaluated through a lambda, errors caught and printed)

Floats never reach int conversions or ** while they could be inf/nan (except
in the operator table, where every result is caught); ints stored in
variables are kept below ~2**80 (str() of an int never exceeds 4300 digits).
"""
import argparse
import random
import sys

# ---------------------------------------------------------------- constants

# int literals near interesting boundaries: (source text, value)
_INT_LITS = [
    ("0", 0), ("1", 1), ("-1", -1), ("2", 2), ("3", 3), ("5", 5), ("7", 7),
    ("10", 10), ("13", 13), ("100", 100), ("255", 255), ("256", 256),
    ("1000", 1000), ("-1000", -1000), ("65535", 65535), ("123456789", 123456789),
    ("-987654321", -987654321),
    ("2**31 - 1", 2**31 - 1), ("2147483648", 2**31), ("-2**31", -2**31), ("2**32", 2**32),
    ("2**47 - 1", 2**47 - 1), ("140737488355328", 2**47), ("-2**47", -2**47),
    ("-(2**47) - 1", -(2**47) - 1), ("2**48", 2**48), ("2**53", 2**53),
    ("9007199254740993", 2**53 + 1), ("2**62", 2**62), ("9223372036854775807", 2**63 - 1),
    ("2**63", 2**63), ("-2**63", -2**63), ("-9223372036854775809", -2**63 - 1),
    ("2**64", 2**64), ("18446744073709551615", 2**64 - 1), ("10**18", 10**18),
]
_SMALL_INTS = ["0", "1", "2", "3", "4", "5", "7", "9", "11", "-1", "-3", "16", "31", "100"]
# positive moduli used to bring values back into range
_MODS = ["97", "1000003", "10**9 + 7", "65536", "2**31 - 1", "2**32", "2**47", "2**47 - 1",
         "2**47 + 1", "2**48", "2**53", "2**62", "9223372036854775807", "2**63", "2**63 + 1",
         "2**64", "2**64 - 59", "10**18", "3**40"]
_MASKS = ["0xff", "0xffff", "0x7fffffff", "0xffffffff", "(2**47 - 1)", "(2**48 - 1)",
          "(2**53 - 1)", "(2**63 - 1)", "(2**64 - 1)"]
_DIVS = ["2", "3", "-7", "10", "1000", "2**16", "2**32", "-(2**31)", "2**47", "10**9 + 7",
         "2**63", "-2**63"]
_FLOAT_LITS = ["0.0", "-0.0", "0.1", "0.5", "1.5", "-2.25", "3.141592653589793", "1e-3",
               "2.5e-7", "1e16", "9007199254740993.0", "123.456", "-7.75", "0.3", "1e10",
               "2.0", "-1.0", "1.0000000000000002", "4503599627370496.5", "0.7"]
_FLOAT_MODS = ["1.0", "7.5", "1000.0", "1e6", "65536.0", "0.375", "2.0**53", "3.25"]
_STR_LITS = ["", "a", "ab", "abc", "hello", "Hello World", "x-y-z", "a,b,,c", "  pad  ",
             "MiXeD cAsE", "123", "-42", "tier py", "caf\u00e9", "stra\u00dfe", "it's",
             "\tTab", "a b  c", "zz9", "Q"]
_SEPS = ["", " ", ",", "-", ", ", "::", "ab"]
_START_LITS = ['"a"', '"B"', '"0"']
_KEYS = ["a", "b", "k0", "k1", "k2", "key", "x", "zz"]
_BAD_INT_STRS = ["12", "-7", " 3 ", "x1", "", "1.5", "0x10", "1_000", "++1", "\u0663"]
_BAD_FLOAT_STRS = ["1.5", " -2e3 ", "abc", "1e400", "nan?", "1_0.5", ".5", "5."]

# operand pool and operators of seg_optable (lambda bodies over a, b; errors are caught)
_OP_INTS = ["0", "1", "-1", "3", "7", "-7", "2**47 - 1", "2**47", "-2**47", "-2**47 - 1", "2**53 + 1",
            "2**62", "2**63 - 1", "2**63", "-2**63", "2**64 + 1", "-3**50", "10**20", "7**500"]
_OP_FLOATS = ["0.0", "-0.0", "1.5", "-2.5", "0.1", "2.5", "1e308", "5e-324", "float('inf')",
              "float('-inf')", "float('nan')", "2.0**63", "1e16", "-1e-300", "9007199254740993.0"]
_OPS = ["a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "divmod(a, b)",
        "a ** b if -70 < b < 70 and -2**70 < a < 2**70 and (a >= 0 or b == int(b)) else None",
        "a << b if 0 <= b < 150 else None", "a >> b if 0 <= b < 150 else None",
        "a & b", "a | b", "a ^ b", "~a", "-a", "abs(a)", "a < b", "a <= b", "a == b", "a != b",
        "a > b", "min(a, b)", "max(a, b)", "(a > b) - (a < b)",
        "pow(a, b, 97) if isinstance(b, int) and b >= -2 else None",
        "round(a, 2) if isinstance(a, float) else round(a, -2)", "int(a)", "float(a)",
        "a * 1.0 + b", "a / 3 + b * 0.5", "[a, b].index(b)", "(a, b) < (b, a)",
        "math.fmod(a, b)", "math.floor(a)", "math.sqrt(a)", "math.copysign(1.0, a)",
        "math.isclose(a, b)", "a if a else b", "bool(a) + (b or 0)"]

_EDGES = [
    lambda r: f"divmod({r.choice(['-7', '7', '-2**64', '2**63 + 5', '-3**40'])}, {r.choice(['2', '-2', '-2**47', '2**65', '-3'])})",
    lambda r: f"({r.choice(['-2**70', '-1', '-2**47', '2**64 - 1', '-5'])}) {r.choice(['&', '|', '^'])} ({r.choice(['2**64 - 1', '-2**63', '0xff', '-256', '2**47'])})",
    lambda r: f"(~({r.choice(['2**63', '-2**64', '0', '2**47 - 1'])}), ({r.choice(['-1', '-2**70 - 3', '-9'])}) >> {r.randint(1, 80)}, ({r.choice(['-3', '5', '-2**40'])}) << {r.randint(1, 80)})",
    lambda r: f"(pow({r.randint(-9, 9)}, {r.randint(0, 90)}, {r.choice(['97', '2**64', '-7', '10**9 + 7'])}), pow(3, -1, 7), pow(-2, 3, 5))",
    lambda r: f"({r.choice(['2', '-3', '10', '0.5'])} ** -{r.randint(1, 20)}, 2 ** 0.5, (-8) ** 3, 10 ** 22)",
    lambda r: f"(int({r.choice(['1e20', '-1e19', '2.0**63', '-2.0**63', '1e16 + 1', '123.999', '-0.9'])}), int(' -0012 '), int('1_000_000'), int('ff', 16), int('-0b101', 0), int('z', 36))",
    lambda r: f"(({r.choice(['2**64', '-2**47', '255', '-1', '0'])}).bit_length(), ({r.choice(['2**64 - 1', '-7', '2**47'])}).bit_count())",
    lambda r: f"(round({r.choice(['2.675', '0.125', '2.5', '3.5', '-0.5', '1e16 + 1.0', '0.285', '1.005'])}, {r.randint(0, 3)}), round({r.choice(['0.5', '1.5', '-2.5', '2.5000001'])}), round({r.choice(['12345', '-2**63', '150', '-250'])}, -{r.randint(1, 3)}))",
    lambda r: f"(2**53 + 1 == float(2**53 + 1), 2**63 < 9.3e18, 10**400 < float('inf'), -10**400 < float('-inf'), {r.choice(['2**53', '2**64', '-2**63'])} == float({r.choice(['2**53', '2**64', '-2**63'])}), 2**53 + 1 > 9007199254740992.0)",
    lambda r: f"(({r.choice(['2**64 + 1', '10**30', '-(2**63)', '1', '2**53 + 1', '7**100'])}) / {r.choice(['3', '7', '-2**64', '10**29', '2'])}, 10**400 // 10**399, 1 / 10**400)",
    lambda r: f"(float({r.choice(['2**64 - 1', '2**53 + 1', '10**22 + 1', '-(2**63) - 1', '2**1023 * 1'])}), float(' 1.5 '), float('-inf'), float('1e500'), float('-0'))",
    lambda r: f"(hash(-1), hash(-2), hash(2**61 - 1), hash(2**64), hash(-2**63), hash(1.5), hash(-0.0), hash(2.0**70), hash((1, 2)) == hash((1, 2)), hash(True))",
    lambda r: f"({r.choice(['hex', 'bin', 'oct'])}({r.choice(['-255', '2**64', '0', '-2**47', '2**63 - 1'])}), str(-0), repr(-0.0), str(1e16), repr(1e-5), repr(1e22), repr(1e21), repr(123456789012345678.0))",
    lambda r: f"(0.1 + 0.2, 1 / 3, 2.0**-1074, 1.7976931348623157e308, 5e-324 / 2, 1e308 * 10, -(1e308 * 10), (1e308 * 10) - (1e308 * 10), float('nan') == float('nan'))",
    lambda r: f"({r.choice(['-7.5', '7.5', '-0.0', '1e300', '-1e-300'])} // {r.choice(['2', '-2.0', '0.3', '-1e300'])}, {r.choice(['-7.5', '7.5', '-0.0', '5'])} % {r.choice(['2', '-2.0', '0.3', '-0.5'])}, divmod(-7.5, 2), -0.0 % 5, (-1e-300) * 1e-300)",
    lambda r: f"(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), int(-2.7), math.isqrt(10**20 + 1), math.gcd(-12, 18), math.factorial({r.randint(0, 30)}), math.comb({r.randint(20, 60)}, {r.randint(0, 20)}), math.perm(10, 3), math.prod([2**40, 2**10, -3]), math.fsum([0.1] * 10), sum([0.1] * 10))",
    lambda r: f"('{{}} {{}}'.format({r.choice(['1', '-2**63', '1.5', 'None', 'True'])}, 'x'), '%s-%d' % ('a', {r.choice(['7', '-2**47', '10**20'])}), '%5d|%-4s|' % (42, 'ab'), '%x %o %%' % (255, 8))",
    lambda r: f"('abc'.center({r.randint(0, 12)}, '*'), 'a,b,,c'.split(',', {r.randint(-1, 3)}), '  x  y '.split(), 'a-b-c'.rsplit('-', 1), 'abc' * -1, 'abcdef'[::-2], 'abc'[5:1:-1], 'hello'[-100:100])",
    lambda r: f"('hello'.find('l', 3), 'hello'.rfind('l'), 'hello'.index('e'), 'aaa'.count('aa'), 'aaa'.replace('aa', 'b'), 'abc'.replace('', '-'), 'abc'.count(''), 'abc'.find('', 10))",
    lambda r: f"('Hello'.swapcase(), '\\u01c5'.lower(), '\\u00df'.upper(), len('\\u0130'.lower()), '\\ufb01'.upper(), 'stra\\u00dfe'.casefold(), 'hello world'.title(), \"they're\".title(), 'a\\tb'.expandtabs(4))",
    lambda r: f"('x'.zfill(5), '-12'.zfill(6), '+7'.zfill(4), 'abc'.partition('b'), 'a-b-c'.rpartition('-'), 'abc'.partition('z'), ' \\t\\n x'.strip(), 'xxhixx'.strip('x'), 'www.a.com'.lstrip('w.'))",
    lambda r: f"('ab' < 'abc', 'Z' < 'a', '\\u00e9' > 'z', 'a1'.isalnum(), 'Ab Cd'.istitle(), '\\u0663'.isdigit(), '\\u00bd'.isnumeric(), ''.isspace(), 'ABC'.isupper(), str(True), str(None))",
    lambda r: f"(repr('a\\'b\"c'), repr('\\n\\t\\\\'), repr('\\x00\\x7f'), repr('\\u00e9'), ascii('\\u00e9x'), repr(\"'\"), repr('\\u2028'), '{{!r}}'.format('x'), f\"{{'q'!r}}\")",
    lambda r: f"([1, 2] < [1, 3], [1, 2] == [1, 2.0], [1, [2]] < [1, [3]], (1, 2) < (1, 2, 0), (1, 'a') == (1, 'a'), (2**63, -1) > (2**63, -2), [] < [0])",
    lambda r: f"({r.choice(['list(range(10, 0, -3))', 'list(range(-5, 5, 4))', 'list(range(0))'])}, range(0, 20, 3)[2], list(range(10)[::-2]), len(range(1, 100, 7)), 5 in range(0, 10, 5), 6 in range(0, 10, 5), range(-5, 5)[-1], list(reversed(range(3))), range(2, 30, 4).index(10))",
    lambda r: f"({{1: 'a', 1.0: 'b', True: 'c'}}, {{2**64: 1, float(2**64): 2}}, {{-1: 'a', -2: 'b'}}, {{0.0: 1, -0.0: 2}}, dict.fromkeys('abc', 0), {{'b': 1, 'a': 2}} == {{'a': 2, 'b': 1}})",
    lambda r: f"(sorted({{3, 1, 2}} | {{5}}), sorted({{1, 2, 3}} & {{2, 3, 4}}), sorted({{1, 2}} ^ {{2, 3}}), len(set('hello')), len({{1, 1.0, True}}), sorted(frozenset([3, 1])), {{1, 2}} <= {{1, 2, 3}}, sorted({{2**64, -1, 2**47}}))",
    lambda r: f"(min([3, 1, 2], key=lambda q: -q), max('abc', 'abd'), min([], default=0), sum([1, 2], 10), sum([0.5, 0.25]), any([]), all([]), list(enumerate('ab', 5)), list(zip('abc', range(2))), list(filter(None, [0, 1, '', 'a', None, 2.5])))",
    lambda r: f"(sorted('bca'), sorted([3, 1, 2], reverse=True), isinstance(True, int), type(1.0).__name__, type(2**64).__name__, callable(len), chr(0x1F600), ord('\\u20ac'), abs(-0.0), abs(-2**63), divmod(-7, 2), divmod(7, -2))",
    lambda r: f"(True + True, True * 3.5, sum([True, True, False]), -True, ~True, True / 2, True // 2, 3 % True, int(True), str(1 == 1.0), 1 == 1.0 == True)",
    lambda r: f"(not [], [] or 'x', 0 and 1 / 0, 1 < 2 > 0, 'a' in 'cat', 3 in [1, 2, 3.0], '' in 'abc', [1] * 3, [[0] * 2] * 2, (1,) * 3, 'ab' * 2)",
    lambda r: f"(str(2**200), int(str(-2**130)), len(str(7**300)), (-(2**100)) // 7, (-(2**100)) % 7, 2**100 // -(2**50 + 1), (2**100) % -(3**20), (2**64) * (2**64) - 1)",
    lambda r: f"(float.fromhex('0x1.8p1') if False else 3.0, (1e16 + 1.0) - 1e16, 1e16 + 2.0, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3, 0.5 + 0.25 == 0.75, 2.0 ** 0.5 * 2.0 ** 0.5)",
    lambda r: f"(list(map(lambda q: q * q, range(5))), list(zip(*[(1, 'a'), (2, 'b')])), [*range(3), *'ab'], {{**{{'a': 1}}, 'b': 2}}, [(i, j) for i in range(3) for j in range(i)], {{k: v for k, v in [('a', 1), ('a', 2)]}})",
]

# edge-case expressions of seg_edgetable (no operands; errors are caught and printed)
_EDGE_EXPRS = [
    '[].pop()',
    '[1].remove(2)',
    '[1, 2].index(3)',
    '(1, 2).index(3)',
    "'abc'.index('z')",
    "int('12a')",
    "int('')",
    'chr(-1)',
    'chr(0x110000)',
    "ord('ab')",
    'range(0)[0]',
    '[1][5]',
    "'a' * 2.0",
    'len(5)',
    "1 + 'a'",
    "'a' + 1",
    '[1] + (2,)',
    'None()',
    "sum(['a'])",
    'max([])',
    'min([], key=abs)',
    'int(None)',
    "float('x')",
    "float('')",
    'divmod(1, 0)',
    '2 ** 10000 * 1.0',
    'math.sqrt(-1)',
    'math.log(0)',
    'math.log(-1.5)',
    'pow(0, -1)',
    '0.0 ** -1',
    "round(float('inf'))",
    "round(float('nan'))",
    '[1, 2][1.0]',
    '{}[[1]]',
    '{[1]: 2}',
    "'x'.join([1])",
    "'x'.join(['a', 2])",
    "int('9' * 5000)",
    'str(10 ** 5000)',
    '(-2**63) // -1',
    'divmod(-2**63, -1)',
    '(-2**63) % -1',
    '-(-2**63)',
    'abs(-2**63)',
    '(-2**47) // -1',
    '(-2**47) * -1',
    '-(-2**47)',
    'abs(-2**47)',
    '(2**63 - 1) + 1',
    '(2**47 - 1) + 1',
    "int('١٢٣')",
    "float('١.٥')",
    "float('1e-320')",
    "float('infinity')",
    "float('-Infinity')",
    "float(' nan ')",
    "float('1_000.5')",
    "float('.5e1')",
    "float('0x1p3')",
    '[str(x) for x in (1e15, 1e16, 1.5e-4, 1e-4, 0.0001234, 123456789.123, 2.0**60, 1/7*1e20, 1e-5, 9.999999999999999e15)]',
    "'ΌΣΟΣ'.lower()",
    "'ΣΑΣ ΣΑΣ'.lower()",
    "'İstanbul'.lower()",
    "'ﬃ'.upper()",
    "'ß'.title()",
    "'ǆemal'.title()",
    "'ß'.swapcase()",
    "'a\\u0301'.upper()",
    "'a\\r\\nb\\rc\\x0bd\\x1ce\\u2028f\\x85g'.splitlines()",
    "'a\\nb\\n'.splitlines(True)",
    "('²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '٣'.isdecimal())",
    "'\\u3000x\\xa0'.strip()",
    "'ab'.center(5)",
    "'abc'.center(6, '-')",
    "'a'.center(4)",
    "'ab'.center(7, '*')",
    "'a b'.split(None, 1)",
    "'  a  '.split(' ')",
    "'{0}{1}{0}'.format('a', 'b')",
    "'{a}-{b}'.format(a=1, b=2)",
    "'{}'.format([1, 'a'])",
    "'{!s}|{!r}|{!a}'.format(1.5, 'é', 'é')",
    'f\'{"é"!a}\'',
    "'%x|%o|%X' % (-255, 8, 255)",
    "'%5s|%-5s|%.2s' % ('ab', 'cd', 'xyz')",
    "'%s %s' % ('a',)",
    "'%d' % 'a'",
    "'%c%c' % (65, 'B')",
    'list(zip([1, 2], [1], strict=True))',
    'max([1, 1.0])',
    'max([1.0, 1])',
    "min('b', 'a', key=lambda s: 0)",
    'sum([1.5, 2**64])',
    'sum([[1], [2]], [])',
    "sorted(['b', 'A', 'a', 'B'], key=str.lower)",
    'sorted([3, 1, 2, 1], key=lambda x: 0, reverse=True)',
    "sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0])",
    '[1, 2, 3][::0]',
    '[1, 2, 3][10:-10:-1]',
    "'abc'[::-1][::2]",
    'list(range(5))[slice(1, None, 2)]',
    'list(reversed([1, 2, 3]))',
    "dict(a=1, b=2) | {'b': 3}",
    "{'a': 1}.get('b', [])",
    "list({'a': 1, 'b': 2}.items())[::-1]",
    '(1, 2) + (3,)',
    '(1,) * -1',
    '[0] * 3 == [0, 0, 0]',
    "bool('False')",
    "int(' 42\\n')",
    "int('0o17', 0)",
    "int('0_7')",
    "int('07', 0)",
    "int('-0x_ff', 16)",
    'int(3.99e10)',
    'int(-1e300)',
    '1e300 * 1e10',
    '-1e300 * 1e10',
    '(1e300 * 1e10) * 0',
    '2 ** 0.5',
    '10 ** -2',
    '(-2) ** -1',
    'pow(2, -1, 5)',
    'pow(2, 3, -5)',
    'pow(-7, 2, 0)',
    '7 % -3',
    '-7 % 3',
    '-7 // 3',
    '7.5 % -2',
    '-7.5 // 2',
    'divmod(-0.0, 1)',
    'round(2.5), round(3.5), round(-0.5), round(0.5000000000000001)',
    'round(1234.5678, -2)',
    'round(1234, -2)',
    'round(1250, -2)',
    'round(1350, -2)',
    'round(-1250, -2)',
    'round(5e-324, 400)',
    'round(1.5e300, -299)',
    '(0.1).as_integer_ratio()',
    '(2**64).as_integer_ratio()',
    '(10).bit_length(), (-10).bit_length(), (0).bit_length()',
    "hash(-1), hash(-2), hash(2**64 + 7), hash(-(2**61 - 1)), hash(1e100), hash(float('inf')), hash(0.5)",
    'isinstance(2**64, int), type(True) is bool, type(2**64) is int',
    'str(2.0**64), str(-2.0**1000 / 3), repr(1e-310), repr(-5e-324)',
    '1 < 2.5 < 3 < 4.0',
    "(2**1000) > float('inf'), (2**1000) == float(2**1000), -(2**1000) < -1e300",
    '2**53 + 1 < 9007199254740993.0, 2**53 + 1 == 9007199254740992.0',
]

_SIZES = {
    # segments, hot loop trip counts, max statements per block, max block nesting
    "small": dict(segments=(3, 6), hot=[50, 64, 100, 150, 200, 300], stmts=(2, 5), nest=2),
    "medium": dict(segments=(7, 12), hot=[50, 100, 200, 300, 500, 700, 1000, 1500, 2000],
                   stmts=(3, 7), nest=3),
}

PRELUDE = '''_ck = 0


def _emit(tag, v):
    global _ck
    print(tag, v)
    h = 7
    for ch in repr(v):
        h = (h * 131 + ord(ch)) % 1000000007
    _ck = (_ck * 1000003 + h + len(tag)) % 2305843009213693951
'''


class Ctx:
    """Where code is being generated: visible variables (name -> type), indent, loops."""

    def __init__(self, vars=None, ind=0, loopvar=None, loopn=0, iters=1, in_loop=False,
                 in_func=False, emit_ok=True, guard=None, no_calls=False):
        self.vars = dict(vars or {})
        self.ind = ind
        self.loopvar = loopvar      # innermost hot loop variable (an int), or None
        self.loopn = loopn          # its trip count
        self.iters = iters          # product of enclosing trip counts (cost of one statement)
        self.in_loop = in_loop      # break/continue allowed
        self.in_func = in_func
        self.emit_ok = emit_ok
        self.guard = guard          # condition under which emitting inside loops is allowed
        self.no_calls = no_calls    # body of a function called from hot loops: no calls

    def child(self, **kw):
        c = Ctx(self.vars, self.ind + 1, self.loopvar, self.loopn, self.iters, self.in_loop,
                self.in_func, self.emit_ok, self.guard, self.no_calls)
        for k, v in kw.items():
            setattr(c, k, v)
        return c

    def names(self, t):
        return [n for n, ty in self.vars.items() if ty == t]

    def assignable(self, t):
        return [n for n, ty in self.vars.items() if ty == t]


class Gen:
    def __init__(self, seed, size="small"):
        self.r = random.Random(seed)
        self.seed = seed
        self.size = size
        self.cfg = _SIZES[size]
        self.n = 0
        self.buf = []
        self.funcs = []     # (name, [(param, type, default or None, kwonly)], ret type, cheap)
        self.use_math = False
        self.tagn = 0

    # ------------------------------------------------------------ helpers
    def uid(self, prefix):
        self.n += 1
        return f"{prefix}{self.n}"

    def tag(self, base):
        self.tagn += 1
        return repr(f"{base}{self.tagn}")

    def w(self, c, text):
        ind = c if isinstance(c, int) else c.ind
        self.buf.append("    " * ind + text)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def hot_n(self):
        return self.pick(self.cfg["hot"])

    def nstmts(self):
        lo, hi = self.cfg["stmts"]
        return self.r.randint(lo, hi)

    def int_lit(self):
        if self.chance(0.4):
            return self.pick(_SMALL_INTS)
        return self.pick(_INT_LITS)[0]

    def wrap(self, text):
        return text if text[:1] in "(" or text.replace("_", "").isalnum() else f"({text})"

    # ------------------------------------------------------------ int expressions
    def int_leaf(self, c, small=False):
        """An int variable or literal. Variables of type int/!int stay below ~2**80;
        !big ones (list elements) below ~2**400 and are not used where small=True."""
        opts = c.names("int") + c.names("!int") + ([] if small else c.names("!big"))
        r = self.r.random()
        if c.loopvar and r < 0.25:
            return c.loopvar
        if opts and r < 0.7:
            return self.pick(opts)
        lit = self.int_lit()
        return lit if lit.lstrip("-").isdigit() and not lit.startswith("-") else f"({lit})"

    def small_int(self, c, hi=20):
        """An int in [0, hi) (for ranges, repetition counts, indexes)."""
        return f"({self.int_leaf(c)} % {hi})"

    def nz_int(self, c):
        k = self.r.randrange(6)
        a = self.int_leaf(c)
        if k == 0:
            return f"({a} % 97 + 1)"
        if k == 1:
            return f"(abs({a}) + 1)"
        if k == 2:
            return f"(-({a} % 13 + 1))"
        if k == 3:
            return f"({a} or 1)"
        return f"({self.pick(_DIVS)})"

    def int_index(self, c, seq):
        """A guarded element read of a non-empty-checked sequence of ints."""
        return f"({seq}[{self.int_leaf(c)} % len({seq})] if {seq} else -1)"

    def e_int(self, c, d=2):
        r = self.r
        if d <= 0 or r.random() < 0.2:
            return self.int_leaf(c)
        d1 = d - 1
        k = r.randrange(30)
        if k < 6:
            op = self.pick(["+", "-", "*", "+", "-", "*", "*"])
            return f"({self.e_int(c, d1)} {op} {self.e_int(c, d1)})"
        if k < 8:
            op = self.pick(["//", "%"])
            return f"({self.e_int(c, d1)} {op} {self.nz_int(c)})"
        if k < 10:
            op = self.pick(["&", "|", "^"])
            return f"({self.e_int(c, d1)} {op} {self.e_int(c, d1)})"
        if k == 10:
            return f"({self.e_int(c, d1)} << {r.randrange(0, 70)})"
        if k == 11:
            return f"({self.e_int(c, d1)} >> {r.randrange(0, 70)})"
        if k == 12:
            return f"({self.int_leaf(c)} ** {r.randrange(0, 6)})"
        if k == 13:
            return self.pick(["(-{})", "abs({})", "(~{})"]).format(self.e_int(c, d1))
        if k == 14:
            return f"{self.pick(['min', 'max'])}({self.e_int(c, d1)}, {self.e_int(c, d1)})"
        if k == 15:
            return f"({self.e_int(c, d1)} if {self.e_bool(c, d1)} else {self.e_int(c, d1)})"
        if k == 16:
            srcs = c.names("list") + c.names("str") + c.names("dict") + c.names("tuple")
            if srcs:
                return f"len({self.pick(srcs)})"
            return f"len({self.e_str(c, d1)})"
        if k == 17:
            f = self.e_float(c, min(d1, 1))
            return self.pick(["int({})", "round({})", "int({} // 1.0)"]).format(f)
        if k == 18:
            self.use_math = True
            f = self.e_float(c, min(d1, 1))
            fn = self.pick(["math.floor", "math.ceil", "math.trunc"])
            if self.chance(0.3):
                return f"math.isqrt(abs({self.e_int(c, d1)}))"
            if self.chance(0.3):
                return f"math.gcd({self.e_int(c, d1)}, {self.int_leaf(c)})"
            return f"{fn}({f})"
        if k == 19:
            ls = c.names("list")
            if ls:
                l = self.pick(ls)
                return self.pick([self.int_index(c, l), f"sum({l})",
                                  f"({l}.count({self.int_leaf(c)}))",
                                  f"(max({l}) if {l} else 0)", f"(min({l}, default=-5))"])
        if k == 20:
            ds = c.names("dict")
            if ds:
                return f"{self.pick(ds)}.get({self.str_key()}, {self.int_leaf(c)})"
        if k == 21:
            ss = c.names("str")
            if ss:
                s = self.pick(ss)
                return self.pick([f"(ord({s}[0]) if {s} else 0)", f"{s}.find({self.str_lit()})",
                                  f"{s}.count({self.str_lit()})", f"len({s}.split())"])
        if k == 22:
            return f"divmod({self.e_int(c, d1)}, {self.nz_int(c)})[{r.randrange(2)}]"
        if k == 23:
            return f"({self.e_int(c, d1)}).bit_length()"
        if k == 24:
            return f"int(str({self.e_int(c, d1)}))"
        if k == 25:
            return f"({self.e_bool(c, d1)} + {self.int_leaf(c)})"
        if k == 26:
            call = self.call_cheap(c, "int")
            if call:
                return call
        if k == 27:
            ts = c.names("tuple")
            if ts:
                return self.int_index(c, self.pick(ts))
        if k == 28:
            return f"pow({self.int_leaf(c)}, {r.randrange(0, 40)}, {self.pick(_MODS)})"
        if k == 29:
            nums = c.names("num")
            if nums:
                return f"int({self.pick(nums)})"
        return f"({self.e_int(c, d1)} + {self.e_int(c, d1)})"

    def int_small_ctx(self, c):
        """An int expression small enough (< 2**170) to convert to float."""
        a = self.int_leaf(c, small=True)
        if self.chance(0.5):
            return a
        op = self.pick(["+", "-", "*", "//", "%"])
        b = self.nz_int(c) if op in ("//", "%") else self.int_leaf(c, small=True)
        return f"({a} {op} {b})"

    def reduce_int(self, e):
        k = self.r.randrange(7)
        m = self.pick(_MODS)
        if k <= 1:
            return f"({e}) % ({m})"
        if k == 2:
            return f"({e}) % ({m}) - ({m}) // 2"
        if k == 3:
            return f"({e}) & {self.pick(_MASKS)}"
        if k == 4:
            return f"(({e}) % ({m})) // {self.pick(['3', '7', '2**16', '1000'])}"
        if k == 5:
            return f"-(({e}) % ({m}))"
        return f"({e}) % {self.pick(['1000', '97', '2**20'])}"

    # ------------------------------------------------------------ float expressions
    def float_leaf(self, c):
        fs = c.names("float")
        r = self.r.random()
        if fs and r < 0.5:
            return self.pick(fs)
        if r < 0.7:
            return self.pick(_FLOAT_LITS) if not self.pick(_FLOAT_LITS).startswith("-") \
                else f"({self.pick(_FLOAT_LITS)})"
        if r < 0.8 and c.names("num"):
            return f"float({self.pick(c.names('num'))})"
        k = self.r.randrange(4)
        if k == 0:
            return f"float({self.int_small_ctx(c)})"
        if k == 1:
            return f"({self.int_leaf(c, small=True)} * 0.5)"
        if k == 2:
            return f"({self.int_small_ctx(c)} / {self.nz_int(c)})"
        return f"float({self.pick(['1.5', '-2.25', '1e3', '0.1'])!r})"

    def nz_float(self, c):
        k = self.r.randrange(4)
        if k == 0:
            return f"(abs({self.e_float(c, 1)}) + 1.0)"
        if k == 1:
            return f"({self.e_float(c, 0)} % 7.5 + 0.5)"
        if k == 2:
            return f"(abs({self.float_leaf(c)}) % 10.0 + 0.25)"
        return self.pick(["2.5", "(-3.0)", "0.1", "7.0", "1e-3", "(-0.5)"])

    def e_float(self, c, d=2):
        r = self.r
        if d <= 0 or r.random() < 0.25:
            return self.float_leaf(c)
        d1 = d - 1
        k = r.randrange(16)
        if k < 5:
            op = self.pick(["+", "-", "*"])
            return f"({self.e_float(c, d1)} {op} {self.e_float(c, d1)})"
        if k < 7:
            op = self.pick(["/", "//", "%", "/"])
            return f"({self.e_float(c, d1)} {op} {self.nz_float(c)})"
        if k == 7:
            op = self.pick(["+", "-", "*"])
            a, b = self.e_float(c, d1), self.int_small_ctx(c)
            return f"({a} {op} {b})" if self.chance(0.5) else f"({b} {op} {a})"
        if k == 8:
            return self.pick(["(-{})", "abs({})"]).format(self.e_float(c, d1))
        if k == 9:
            # only float variables (kept below 2**53) and literals are raised to a power
            fv = c.names("float")
            base = self.pick(fv) if fv and self.chance(0.7) else self.pick(_FLOAT_LITS)
            return f"(abs({base}) ** {self.pick(['2', '2', '3', '0.5'])})"
        if k == 10:
            self.use_math = True
            return f"math.sqrt(abs({self.e_float(c, d1)}))"
        if k == 11:
            return f"{self.pick(['min', 'max'])}({self.e_float(c, d1)}, {self.e_float(c, d1)})"
        if k == 12:
            return f"round({self.e_float(c, d1)}, {r.randrange(0, 4)})"
        if k == 13:
            return f"({self.e_float(c, d1)} if {self.e_bool(c, d1)} else {self.e_float(c, d1)})"
        if k == 14:
            self.use_math = True
            fn = self.pick(["math.fabs({})", "math.fmod({}, 3.5)", "math.hypot({}, 4.0)",
                            "math.copysign(2.5, {})", "math.sin({})", "math.cos({})",
                            "math.exp({} % 20.0)", "math.log(abs({}) + 1.0)"])
            return fn.format(self.e_float(c, d1))
        return f"({self.int_small_ctx(c)} / {self.nz_int(c)})"

    def reduce_float(self, e):
        return f"({e}) % {self.pick(_FLOAT_MODS)}"

    # ------------------------------------------------------------ num (int or float) expressions
    def num_leaf(self, c):
        ns = c.names("num")
        if ns and self.chance(0.6):
            return self.pick(ns)
        return self.float_leaf(c) if self.chance(0.3) else self.int_leaf(c)

    def e_num(self, c, d=2):
        if d <= 0 or self.chance(0.25):
            return self.num_leaf(c)
        d1 = d - 1
        k = self.r.randrange(8)
        if k < 4:
            op = self.pick(["+", "-", "*"])
            return f"({self.e_num(c, d1)} {op} {self.e_num(c, d1)})"
        if k == 4:
            return f"({self.e_num(c, d1)} // {self.pick(['3', '7', '2.5', '-4'])})"
        if k == 5:
            return f"({self.e_num(c, d1)} % {self.pick(['1000', '7.5', '97', '2**32'])})"
        if k == 6:
            return f"{self.pick(['abs', '-'])}({self.e_num(c, d1)})"
        return f"{self.pick(['min', 'max'])}({self.e_num(c, d1)}, {self.e_num(c, d1)})"

    def reduce_num(self, e):
        return f"({e}) % {self.pick(['1000', '1000003', '7.5', '2**40', '97', '1e6', '2**53'])}"

    # ------------------------------------------------------------ strings
    def str_lit(self):
        return repr(self.pick(_STR_LITS))

    def str_key(self):
        return repr(self.pick(_KEYS))

    def e_str(self, c, d=2):
        r = self.r
        ss = c.names("str")
        if d <= 0 or r.random() < 0.25:
            if ss and self.chance(0.7):
                return self.pick(ss)
            return self.str_lit()
        d1 = d - 1
        k = r.randrange(20)
        if k < 3:
            return f"({self.e_str(c, d1)} + {self.e_str(c, d1)})"
        if k == 3:
            return f"({self.e_str(c, d1)} * {r.randrange(0, 4)})"
        if k == 4:
            a, b = self.opt_idx(c), self.opt_idx(c)
            st = self.pick(["", "", ":2", ":-1", ":3"])
            return f"{self.wrap(self.e_str(c, d1))}[{a}:{b}{st}]"
        if k == 5:
            m = self.pick(["upper()", "lower()", "strip()", "title()", "capitalize()",
                           "swapcase()", "lstrip()", "rstrip('x ')", "casefold()"])
            return f"{self.wrap(self.e_str(c, d1))}.{m}"
        if k == 6:
            return f"{self.wrap(self.e_str(c, d1))}.replace({self.str_lit()}, {self.str_lit()})"
        if k == 7:
            return f"str({self.e_int(c, d1)})"
        if k == 8:
            return f"{self.pick(['repr', 'str'])}({self.e_float(c, d1)})"
        if k == 9:
            parts = []
            for _ in range(r.randint(1, 3)):
                kind = r.randrange(5)
                if kind == 0:
                    parts.append("{" + self.e_int(c, 1) + "}")
                elif kind == 1:
                    parts.append("{" + self.e_float(c, 1) + "}")
                elif kind == 2:
                    parts.append("{" + self.e_str(c, 0) + "!r}")
                elif kind == 3:
                    parts.append("{" + self.e_str(c, 0) + "}")
                else:
                    ls = c.names("list")
                    parts.append("{" + (self.pick(ls) if ls else self.e_int(c, 0)) + "}")
                parts.append(self.pick(["", "-", ":", " ", "/", "=", "|"]))
            body = "".join(parts).replace("'", '"') if False else "".join(parts)
            # inner expressions use single quotes; the f-string uses double quotes
            if '"' in body or "\\" in body:
                return f"str({self.e_int(c, 1)})"
            return 'f"' + body + '"'
        if k == 10:
            return f"{self.pick(_SEPS)!r}.join({self.e_strlist(c, d1)})"
        if k == 11:
            w = r.randrange(0, 16)
            m = self.pick([f"center({w}, '*')", f"ljust({w})", f"rjust({w}, '.')", f"zfill({w})"])
            return f"{self.wrap(self.e_str(c, d1))}.{m}"
        if k == 12:
            return f"chr(65 + {self.int_leaf(c)} % 26)"
        if k == 13:
            ls = c.names("list") + c.names("tuple") + c.names("dict")
            if ls:
                return f"str({self.pick(ls)})"
        if k == 14:
            return f"({self.e_str(c, d1)} if {self.e_bool(c, d1)} else {self.e_str(c, d1)})"
        if k == 15:
            s = self.e_str(c, d1)
            return f"({s}[{self.int_leaf(c)} % len({s})] if {s} else '?')"
        if k == 16:
            return f"{self.pick(['hex', 'bin', 'oct'])}({self.e_int(c, d1)})"
        if k == 17:
            call = self.call_cheap(c, "str")
            if call:
                return call
        if k == 18:
            return f"{self.wrap(self.e_str(c, d1))}.{self.pick(['removeprefix', 'removesuffix'])}({self.str_lit()})"
        return f"repr({self.e_str(c, d1)})"

    def opt_idx(self, c):
        k = self.r.randrange(4)
        if k == 0:
            return ""
        if k == 1:
            return str(self.r.randrange(-6, 8))
        return f"{self.int_leaf(c)} % 12 - 4" if k == 2 else str(self.r.randrange(0, 5))

    def e_strlist(self, c, d=1):
        k = self.r.randrange(7)
        s = self.e_str(c, max(d - 1, 0))
        if k == 0:
            return f"{self.wrap(s)}.split()"
        if k == 1:
            return f"{self.wrap(s)}.split({self.pick(_SEPS[1:])!r})"
        if k == 2:
            ls = c.names("list")
            src = self.pick(ls) if ls else f"range({self.small_int(c, 6)})"
            return f"[str(v) for v in {src}]"
        if k == 3:
            return f"list({s})"
        if k == 4:
            return f"sorted({s})"
        if k == 5:
            return f"{self.wrap(s)}.rsplit({self.pick(_SEPS[1:])!r}, 1)"
        ds = c.names("dict")
        if ds:
            return f"list({self.pick(ds)})"
        return f"[{self.str_lit()}, {s}]"

    # ------------------------------------------------------------ containers
    def e_list(self, c, d=2):
        r = self.r
        ls = c.names("list")
        if d <= 0 or r.random() < 0.2:
            if ls and self.chance(0.7):
                return self.pick(ls)
            return "[" + ", ".join(self.e_int(c, 0) for _ in range(r.randrange(0, 5))) + "]"
        d1 = d - 1
        k = r.randrange(14)
        if k == 0:
            return f"list(range({self.small_int(c, 10)}, {self.small_int(c, 40)}, {self.pick(['1', '2', '3', '-1', '-2'])}))"
        if k == 1:
            return f"{self.wrap(self.e_list(c, d1))}[{self.opt_idx(c)}:{self.opt_idx(c)}{self.pick(['', ':2', ':-1'])}]"
        if k == 2:
            return f"({self.e_list(c, d1)} + {self.e_list(c, d1)})"
        if k == 3:
            v = self.uid("v")
            c2 = c.child()
            c2.vars[v] = "!big"
            cond = f" if {self.e_bool(c2, 1)}" if self.chance(0.5) else ""
            return f"[{self.reduce_int(self.e_int(c2, 1))} for {v} in {self.e_list(c, d1)}{cond}]"
        if k == 4:
            return f"sorted({self.e_list(c, d1)}{self.pick(['', ', reverse=True', ', key=abs', ', key=lambda q: (q % 7, q)'])})"
        if k == 5:
            return f"list(reversed({self.e_list(c, d1)}))"
        if k == 6:
            v = self.uid("v")
            return f"[{v} * {self.int_leaf(c)} for {v} in range({self.small_int(c, 12)})]"
        if k == 7:
            return f"list(map(lambda q: (q * {self.pick(_SMALL_INTS)} + 1) % {self.pick(_MODS)}, {self.e_list(c, d1)}))"
        if k == 8:
            return f"list(filter(lambda q: q % {self.pick(['2', '3', '5'])} == 0, {self.e_list(c, d1)}))"
        if k == 9:
            return f"({self.e_list(c, d1)} * {r.randrange(0, 3)})"
        if k == 10:
            ds = c.names("dict")
            if ds:
                return f"list({self.pick(ds)}.values())"
        if k == 11:
            return f"[len(w) for w in {self.e_strlist(c, d1)}]"
        if k == 12:
            ts = c.names("tuple")
            if ts:
                return f"list({self.pick(ts)})"
        call = self.call_cheap(c, "list")
        if call:
            return call
        return f"[{self.e_int(c, d1)}, {self.e_int(c, d1)}]"

    def e_dict(self, c, d=2):
        r = self.r
        ds = c.names("dict")
        if d <= 0 or r.random() < 0.3:
            if ds and self.chance(0.7):
                return self.pick(ds)
            items = [f"{self.str_key()}: {self.e_int(c, 0)}" for _ in range(r.randrange(0, 4))]
            return "{" + ", ".join(items) + "}"
        d1 = d - 1
        k = r.randrange(4)
        if k == 0:
            return f"dict(zip({self.e_strlist(c, d1)}, {self.e_list(c, d1)}))"
        if k == 1:
            return f"{{w: i for i, w in enumerate({self.e_strlist(c, d1)})}}"
        if k == 2:
            src = self.e_dict(c, d1)
            return f"{{kk: vv * 2 % 65521 for kk, vv in {self.wrap(src)}.items() if vv % 3 != 1}}"
        return f"dict({self.e_dict(c, d1)})"

    def e_tuple(self, c, d=1):
        r = self.r
        ts = c.names("tuple")
        k = r.randrange(5)
        if ts and (d <= 0 or k == 0):
            return self.pick(ts)
        if k == 1:
            return f"divmod({self.e_int(c, 1)}, {self.nz_int(c)})"
        if k == 2:
            return f"tuple({self.e_list(c, 1)}[:4])"
        if k == 3 and ts:
            return f"({self.pick(ts)} + ({self.e_int(c, 0)},))"
        return "(" + ", ".join(self.e_int(c, 1) for _ in range(r.randint(1, 3))) + ",)"

    # ------------------------------------------------------------ bools
    def e_bool(self, c, d=1):
        r = self.r
        k = r.randrange(14)
        d1 = max(d - 1, 0)
        if k < 3:
            op = self.pick(["<", "<=", ">", ">=", "==", "!="])
            return f"({self.e_int(c, d1)} {op} {self.e_int(c, d1)})"
        if k == 3:
            op = self.pick(["<", "<=", ">", ">=", "==", "!="])
            return f"({self.e_float(c, d1)} {op} {self.e_float(c, d1)})"
        if k == 4:
            op = self.pick(["<", "<=", ">", ">=", "==", "!="])
            a, b = self.e_int(c, d1), self.e_float(c, d1)
            return f"({a} {op} {b})" if self.chance(0.5) else f"({b} {op} {a})"
        if k == 5:
            op = self.pick(["<", "==", "!=", "in", "not in", ">="])
            return f"({self.e_str(c, d1)} {op} {self.e_str(c, d1)})"
        if k == 6:
            return f"({self.e_int(c, d1)} in {self.e_list(c, d1)})"
        if k == 7:
            return f"({self.str_key()} in {self.e_dict(c, 0)})"
        if k == 8 and d > 0:
            return f"(not {self.e_bool(c, d1)})"
        if k == 9 and d > 0:
            op = self.pick(["and", "or"])
            return f"({self.e_bool(c, d1)} {op} {self.e_bool(c, d1)})"
        if k == 10:
            return f"({self.int_leaf(c)} < {self.int_leaf(c)} <= {self.int_leaf(c)})"
        if k == 11:
            s = self.e_str(c, 0)
            m = self.pick(["isdigit()", "isalpha()", "isupper()", "islower()", "isspace()",
                           f"startswith({self.str_lit()})", f"endswith({self.str_lit()})"])
            return f"{self.wrap(s)}.{m}"
        if k == 12:
            return f"({self.e_tuple(c, 0)} < {self.e_tuple(c, 0)})"
        if c.loopvar:
            return f"({c.loopvar} % {self.pick(['2', '3', '5', '7'])} == {r.randrange(2)})"
        return f"bool({self.e_list(c, 0)})"

    def e_any(self, c, t, d=2):
        if t == "int":
            return self.e_int(c, d)
        if t == "float":
            return self.e_float(c, d)
        if t == "num":
            return self.e_num(c, d)
        if t == "str":
            return self.e_str(c, d)
        if t == "list":
            return self.e_list(c, d)
        if t == "dict":
            return self.e_dict(c, d)
        if t == "tuple":
            return self.e_tuple(c, d)
        if t == "bool":
            return self.e_bool(c, d)
        raise ValueError(t)

    def e_bounded(self, c, t, d=2):
        """An expression of type t fit to store in a variable (magnitude/length bounded)."""
        if t == "int":
            e = self.e_int(c, d)
            return self.reduce_int(e) if not e.replace("_", "").isalnum() else e
        if t == "float":
            return self.reduce_float(self.e_float(c, d))
        if t == "num":
            return self.reduce_num(self.e_num(c, d))
        if t == "str":
            return f"{self.wrap(self.e_str(c, d))}[:{self.r.randrange(8, 40)}]"
        if t == "list":
            return f"{self.wrap(self.e_list(c, d))}[:{self.r.randrange(4, 40)}]"
        if t == "tuple":
            return f"{self.wrap(self.e_tuple(c, d))}[:6]"
        return self.e_any(c, t, d)

    def init_val(self, c, t):
        if t == "int":
            return self.int_lit()
        if t == "float":
            return self.pick(_FLOAT_LITS)
        if t == "num":
            return self.pick(["0", "1", "7", "2**40", "-3"])
        if t == "str":
            return self.str_lit()
        if t == "list":
            return "[" + ", ".join(self.int_lit() for _ in range(self.r.randint(1, 5))) + "]"
        if t == "dict":
            ks = self.r.sample(_KEYS, self.r.randint(1, 4))
            return "{" + ", ".join(f"{k!r}: {self.int_lit()}" for k in ks) + "}"
        if t == "tuple":
            return "(" + ", ".join(self.int_lit() for _ in range(self.r.randint(1, 4))) + ",)"
        if t == "bool":
            return self.pick(["True", "False"])
        raise ValueError(t)

    # ------------------------------------------------------------ calls
    def call_args(self, c, params):
        """Arguments for params: positional first; after a keyword or an omitted default
        every later argument is passed by keyword (in shuffled order)."""
        pos, kws = [], []
        by_kw = False
        for (p, t, default, kwonly) in params:
            if default is not None and self.chance(0.4):
                by_kw = True        # omitted: the default is used
                continue
            v = self.e_bounded(c, t, 1)
            if kwonly or by_kw or self.chance(0.2):
                by_kw = True
                kws.append(f"{p}={v}")
            else:
                pos.append(v)
        self.r.shuffle(kws)
        return ", ".join(pos + kws)

    def call_cheap(self, c, ret):
        if c.no_calls:
            return None
        cands = [f for f in self.funcs if f[2] == ret and (f[3] or c.iters <= 3)]
        if not cands:
            return None
        name, params, _, _ = self.pick(cands)
        return f"{name}({self.call_args(c, params)})"

    # ------------------------------------------------------------ statements
    def emit_stmt(self, c, value):
        """_emit(value); inside loops only under the loop's guard (a few times per loop)."""
        if not c.emit_ok:
            return
        tag = self.tag("t")
        if c.iters > 1:
            if not c.guard:
                return
            self.w(c, f"if {c.guard}:")
            self.w(c.ind + 1, f"_emit({tag}, {value})")
        else:
            self.w(c, f"_emit({tag}, {value})")

    def loop_guard(self, v, n):
        p = max(1, n // self.r.randint(3, 6))
        return self.pick([f"{v} % {p} == {self.r.randrange(min(p, 3))}",
                          f"{v} < 2", f"{v} == {max(n - 1, 0)}"])

    def new_var(self, c, t, prefix=None):
        name = self.uid(prefix or t[0])
        self.w(c, f"{name} = {self.e_bounded(c, t, 1) if self.chance(0.5) else self.init_val(c, t)}")
        c.vars[name] = t
        return name

    def stmt(self, c, depth):
        r = self.r
        k = r.randrange(24)
        ints, floats, strs = c.assignable("int"), c.assignable("float"), c.assignable("str")
        lists, dicts, nums = c.assignable("list"), c.assignable("dict"), c.assignable("num")
        if k < 4 and ints:
            v = self.pick(ints)
            kk = r.randrange(5)
            if kk == 0:
                self.w(c, f"{v} {self.pick(['+=', '-=', '^=', '|='])} {self.int_leaf(c)}")
            elif kk == 1:
                self.w(c, f"{v} //= {self.nz_int(c)}")
            else:
                self.w(c, f"{v} = {self.e_bounded(c, 'int')}")
            return
        if k < 6 and floats:
            v = self.pick(floats)
            if self.chance(0.3):
                self.w(c, f"{v} += {self.e_float(c, 1)}")
                self.w(c, f"{v} = {v} % {self.pick(_FLOAT_MODS)}")
            else:
                self.w(c, f"{v} = {self.e_bounded(c, 'float')}")
            return
        if k == 6 and nums:
            v = self.pick(nums)
            self.w(c, f"{v} = {self.e_bounded(c, 'num')}")
            return
        if k == 7 and nums and c.loopvar:
            # deliberate type change of a variable in the middle of a loop
            v = self.pick(nums)
            kk = c.loopn // 2 if self.chance(0.5) else r.randrange(max(c.loopn, 1))
            ch = self.pick([f"{v} + 0.5", f"float({v})", f"int({v})", f"{v} * 2**50",
                            f"int({v}) + 2**62", f"{v} / 4"])
            cmp = self.pick(["==", ">", "%"])
            cond = f"{c.loopvar} % {max(kk, 2)} == 0" if cmp == "%" else f"{c.loopvar} {cmp} {kk}"
            self.w(c, f"if {cond}:")
            self.w(c.ind + 1, f"{v} = {ch}")
            return
        if k == 8 and strs:
            v = self.pick(strs)
            if self.chance(0.4):
                self.w(c, f"{v} = ({v} + {self.e_str(c, 1)})[-{r.randrange(5, 40)}:]")
            else:
                self.w(c, f"{v} = {self.e_bounded(c, 'str')}")
            return
        if k in (9, 10) and lists:
            l = self.pick(lists)
            kk = r.randrange(9)
            if kk == 0:
                self.w(c, f"if len({l}) < {r.randrange(8, 60)}:")
                self.w(c.ind + 1, f"{l}.append({self.e_bounded(c, 'int', 1)})")
            elif kk == 1:
                self.w(c, f"if {l}:")
                self.w(c.ind + 1, f"{l}[{self.int_leaf(c)} % len({l})] = {self.e_bounded(c, 'int', 1)}")
            elif kk == 2:
                self.w(c, f"if {l}:")
                tgt = self.pick(ints) if ints else None
                pop = self.pick(["pop()", "pop(0)", f"pop({self.int_leaf(c)} % len({l}))"])
                self.w(c.ind + 1, f"{tgt} = {l}.{pop} % {self.pick(_MODS)}" if tgt else f"{l}.{pop}")
            elif kk == 3:
                self.w(c, f"{l} = ({l} + {self.e_list(c, 1)})[-{r.randrange(4, 40)}:]")
            elif kk == 4:
                self.w(c, f"{l}.{self.pick(['sort()', 'reverse()', 'sort(reverse=True)'])}")
            elif kk == 5:
                self.w(c, f"if len({l}) < 30:")
                self.w(c.ind + 1, f"{l}.insert({self.int_leaf(c)} % 5, {self.e_bounded(c, 'int', 1)})")
            elif kk == 6:
                self.w(c, f"if len({l}) < 20:")
                self.w(c.ind + 1, f"{l}.extend({self.e_list(c, 1)}[:5])")
            elif kk == 7:
                self.w(c, f"if len({l}) > 2:")
                self.w(c.ind + 1, f"del {l}[{self.pick(['0', '-1', '1:2', '::2'])}]")
            else:
                self.w(c, f"{l} = {self.e_bounded(c, 'list')}")
            return
        if k == 11 and dicts:
            dv = self.pick(dicts)
            kk = r.randrange(5)
            key = self.str_key() if self.chance(0.7) else f"{self.pick(_KEYS)!r} + str({self.int_leaf(c)} % 3)"
            if kk == 0:
                self.w(c, f"{dv}[{key}] = {self.e_bounded(c, 'int', 1)}")
            elif kk == 1:
                self.w(c, f"{dv}[{key}] = ({dv}.get({key}, 0) + {self.int_leaf(c)}) % 1000003")
            elif kk == 2:
                self.w(c, f"{dv}.pop({key}, None)")
            elif kk == 3:
                self.w(c, f"{dv}.setdefault({key}, {self.int_leaf(c)})")
            else:
                self.w(c, f"if {key} in {dv}:")
                self.w(c.ind + 1, f"del {dv}[{key}]")
            return
        if k == 12:
            t = self.pick(["int", "float", "str", "list", "int", "num", "tuple"])
            self.new_var(c, t)
            return
        if k == 13 and depth > 0:
            self.w(c, f"if {self.e_bool(c, 1)}:")
            self.block(c.child(), depth - 1, r.randint(1, 3))
            if self.chance(0.3):
                self.w(c, f"elif {self.e_bool(c, 1)}:")
                self.block(c.child(), depth - 1, r.randint(1, 2))
            if self.chance(0.5):
                self.w(c, "else:")
                self.block(c.child(), depth - 1, r.randint(1, 2))
            return
        if k == 14 and depth > 0 and c.iters <= 2000:
            self.small_loop(c, depth)
            return
        if k == 15 and depth > 0:
            self.try_stmt(c, depth)
            return
        if k == 16 and c.in_loop and c.loopvar and self.chance(0.3):
            self.w(c, f"if {c.loopvar} % {r.randrange(3, 9)} == {r.randrange(3)}:")
            self.w(c.ind + 1, "continue")
            return
        if k == 17:
            t = self.pick(["int", "float", "str", "list", "dict", "tuple", "bool"])
            self.emit_stmt(c, self.e_any(c, t, 2))
            return
        if k == 18 and ints and len(ints) >= 2:
            a, b = r.sample(ints, 2)
            if self.chance(0.5):
                self.w(c, f"{a}, {b} = {b}, {a}")
            else:
                self.w(c, f"{a}, {b} = divmod({self.reduce_int(self.e_int(c, 1))}, {self.nz_int(c)})")
            return
        if k == 19:
            call = self.call_cheap(c, self.pick(["int", "str", "float", "list"]))
            if call:
                name = self.uid("r")
                self.w(c, f"{name} = {call}")
                self.emit_stmt(c, name)
                return
        if k == 20 and c.iters <= 1:
            parts = [self.e_any(c, self.pick(["int", "float", "str", "list"]), 1)
                     for _ in range(r.randint(1, 3))]
            extra = self.pick(["", "", ", sep='|'", ", sep=''", ", end=' .\\n'"])
            self.w(c, f"print({', '.join(parts)}{extra})")
            return
        if k == 21 and strs:
            v = self.pick(strs)
            self.w(c, f"{v} = {self.pick(_SEPS)!r}.join({self.e_strlist(c, 1)})[:30]")
            return
        if k == 22 and floats and ints:
            self.w(c, f"{self.pick(floats)} = {self.reduce_float(self.e_float(c, 1) + ' * ' + self.int_small_ctx(c))}")
            return
        # fallback: assignment to a fresh or existing int
        if ints:
            v = self.pick(ints)
            self.w(c, f"{v} = {self.e_bounded(c, 'int')}")
        else:
            self.new_var(c, "int")

    def block(self, c, depth, n):
        start = len(self.buf)
        for _ in range(n):
            self.stmt(c, depth)
        if len(self.buf) == start:
            self.w(c, "pass")

    def small_loop(self, c, depth):
        r = self.r
        n = r.randint(2, 8)
        v = self.uid("j")
        c2 = c.child(iters=c.iters * n, in_loop=True)
        kind = r.randrange(6)
        lists, strs, dicts = c.names("list"), c.names("str"), c.names("dict")
        if kind == 0 and lists:
            self.w(c, f"for {v} in {self.pick(lists)}[:{n}]:")
            c2.vars[v] = "!big"
            c2.guard = None
        elif kind == 1 and strs:
            self.w(c, f"for {v} in {self.pick(strs)}[:{n}]:")
            c2.vars[v] = "str"
            c2.guard = None
        elif kind == 2 and dicts:
            kv = self.uid("kv")
            self.w(c, f"for {v}, {kv} in list({self.pick(dicts)}.items())[:{n}]:")
            c2.vars[v] = "str"
            c2.vars[kv] = "!big"
            c2.guard = None
        elif kind == 3:
            cnt = self.uid("w")
            self.w(c, f"{cnt} = 0")
            self.w(c, f"while {cnt} < {n}:")
            self.w(c2, f"{cnt} += 1")
            c2.vars[cnt] = "!int"
            c2.loopvar, c2.loopn = cnt, n
            c2.guard = f"{c.guard} and {cnt} == 1" if c.guard else (None if c.iters > 1 else f"{cnt} == 1")
        elif kind == 4 and lists:
            e = self.uid("e")
            self.w(c, f"for {v}, {e} in enumerate({self.pick(lists)}[:{n}]):")
            c2.vars[v] = "!int"
            c2.vars[e] = "!big"
            c2.guard = None
        else:
            self.w(c, f"for {v} in range({n}):")
            c2.vars[v] = "!int"
            c2.loopvar, c2.loopn = v, n
            g = self.pick([f"{v} == 0", f"{v} == {n - 1}"])
            c2.guard = f"{c.guard} and {g}" if c.guard else (None if c.iters > 1 else g)
        self.block(c2, depth - 1, r.randint(1, 3))
        if self.chance(0.15):
            self.w(c, "else:")
            self.block(c.child(), 0, 1)

    def try_stmt(self, c, depth):
        """try/except around a statement that may raise; catches and reports the message."""
        r = self.r
        self.w(c, "try:")
        c2 = c.child()
        self.risky(c2)
        if self.chance(0.3):
            self.block(c2, depth - 1, 1)
        excs = self.pick(["ZeroDivisionError", "(IndexError, KeyError)", "ValueError",
                          "ArithmeticError", "LookupError", "Exception"])
        ev = self.uid("ex")
        self.w(c, f"except {excs} as {ev}:")
        c3 = c.child()
        self.emit_stmt(c3, self.pick([f"type({ev}).__name__ + ': ' + str({ev})", f"repr({ev})",
                                      f"str({ev})", f"{ev}.args"]))
        self.w(c3, "pass")
        if excs not in ("Exception",):
            self.w(c, "except Exception as exz:")
            self.emit_stmt(c3, "'other ' + type(exz).__name__ + ': ' + str(exz)")
            self.w(c3, "pass")
        if self.chance(0.3):
            self.w(c, "else:")
            self.block(c.child(), 0, 1)
        if self.chance(0.2):
            self.w(c, "finally:")
            self.block(c.child(), 0, 1)

    def risky(self, c):
        """A statement that raises for some values of its operands."""
        r = self.r
        il = self.int_leaf(c)
        k = r.randrange(16)
        t = self.uid("q")
        lists, dicts, strs = c.names("list"), c.names("dict"), c.names("str")
        if k == 0:
            e = f"{self.e_int(c, 1)} // ({il} % 5 - 2)"
        elif k == 1:
            e = f"{self.e_int(c, 1)} % ({il} % 3 - 1)"
        elif k == 2:
            e = f"{self.e_float(c, 1)} / ({il} % 4 - 1)"
        elif k == 3:
            e = f"{self.e_float(c, 1)} {self.pick(['//', '%'])} float({il} % 3 - 1)"
        elif k == 4:
            e = f"{self.pick(lists)}[{il} % 9 - 3]" if lists else f"[1, 2, 3][{il} % 7]"
        elif k == 5:
            e = f"{self.pick(dicts)}[{self.str_key()}]" if dicts else f"{{'a': 1}}[{self.str_key()}]"
        elif k == 6:
            e = f"int({self.pick(_BAD_INT_STRS)!r})"
        elif k == 7:
            e = f"{self.pick(lists)}.index({il})" if lists else f"[1, 2].index({il})"
        elif k == 8:
            e = f"({self.e_str(c, 0)}).index({self.str_lit()})"
        elif k == 9:
            e = f"({self.pick(strs) if strs else self.str_lit()})[{il} % 11 - 3]"
        elif k == 10:
            self.use_math = True
            e = f"math.sqrt({self.e_float(c, 1)} - 1.0)"
        elif k == 11:
            e = f"float({self.pick(_BAD_FLOAT_STRS)!r})"
        elif k == 12:
            self.w(c, f"if {self.e_bool(c, 1)}:")
            msg = self.pick([f"f\"bad {{{il}}}\"", self.str_lit(), ""])
            self.w(c.ind + 1, f"raise {self.pick(['ValueError', 'KeyError', 'IndexError', 'ZeroDivisionError'])}({msg})")
            e = self.e_int(c, 1)
        elif k == 13:
            e = f"({self.pick(lists) if lists else '[]'})[:{il} % 4].pop({self.pick(['', '0', '-1', '5'])})"
        elif k == 14:
            e = f"{{}}.popitem()" if self.chance(0.3) else \
                f"({self.e_dict(c, 0)}).pop({self.str_key()})"
        else:
            a, b = self.uid("ua"), self.uid("ub")
            src = self.pick(lists) if lists else "[1, 2, 3]"
            self.w(c, f"{a}, {b} = {src}[:{il} % 4]")
            e = f"{a} + {b}"
        self.w(c, f"{t} = {e}")
        self.emit_stmt(c, t)

    def hot_loop(self, c, n=None, body_depth=None):
        """A for loop over range(n), n a hot trip count; body from the statement generator."""
        n = n or self.hot_n()
        v = self.uid("i")
        src = self.pick([f"range({n})", f"range({n})", f"range({n} - 1, -1, -1)",
                         f"range(3, {n} + 3)"])
        self.w(c, f"for {v} in {src}:")
        c2 = c.child(loopvar=v, loopn=n, iters=c.iters * n, in_loop=True)
        c2.vars[v] = "!int"
        c2.guard = self.loop_guard(v, n) if c.iters == 1 else None
        depth = self.cfg["nest"] if body_depth is None else body_depth
        self.block(c2, depth, self.nstmts())
        return n

    # ------------------------------------------------------------ segments
    def seg_function(self, top):
        """A function with typed params, locals, a hot loop; called at top level."""
        r = self.r
        name = self.uid("fn")
        params = []
        kwonly = False
        for i in range(r.randint(0, 4)):
            t = self.pick(["int", "int", "float", "str", "list", "num"])
            has_def = i > 0 and (params and params[-1][2] is not None or self.chance(0.4))
            if not kwonly and has_def and self.chance(0.2):
                kwonly = True
            default = self.init_val(None, t) if has_def and t != "list" else None
            if t == "list" and has_def:
                default = "None"
            params.append((f"p{i}", t, default, kwonly))
        sig = []
        star = False
        for p, t, dft, kw in params:
            if kw and not star:
                sig.append("*")
                star = True
            sig.append(p if dft is None else f"{p}={dft}")
        ret = self.pick(["int", "int", "float", "str", "list"])
        self.w(0, f"def {name}({', '.join(sig)}):")
        cheap = self.chance(0.4)
        # module-level ints are visible (read-only) inside the function
        c = Ctx({k: "!int" for k, v in top.vars.items() if v == "int"}, 1, in_func=True)
        if cheap:
            # called from hot loops: no emits, no calls, at most one level of small loops
            c.iters, c.no_calls, c.emit_ok = 300, True, False
        for p, t, dft, kw in params:
            if t == "list" and dft == "None":
                self.w(c, f"if {p} is None:")
                self.w(c.ind + 1, f"{p} = [{self.int_lit()}, {self.int_lit()}]")
            c.vars[p] = t
        for _ in range(r.randint(1, 3)):
            self.new_var(c, self.pick(["int", "float", "str", "list", "num", "dict"]))
        if cheap:
            self.block(c, 1, r.randint(1, 3))
        else:
            self.hot_loop(c)
            if self.chance(0.3):
                self.block(c, 1, 2)
        self.w(c, f"return {self.e_bounded(c, ret, 2)}")
        self.w(0, "")
        self.w(0, "")
        info = (name, params, ret, cheap)
        calls = r.randint(1, 3)
        for _ in range(calls):
            self.w(0, f"_emit({self.tag('f')}, {name}({self.call_args(top, params)}))")
        self.funcs.append(info)

    def seg_toplevel_loop(self, top):
        """A hot loop at module level (globals)."""
        for _ in range(self.r.randint(1, 3)):
            self.new_var(top, self.pick(["int", "float", "str", "list", "num", "dict"]))
        self.hot_loop(top)
        self.emit_stmt(top, self.e_any(top, self.pick(["int", "float", "str", "list"]), 1))

    def seg_overflow(self, top):
        """Accumulators near 2**47 / 2**63 that go big and come back small."""
        r = self.r
        name = self.uid("ov")
        n = self.hot_n()
        self.w(0, f"def {name}(n, seed={self.pick(['3', '7', '2**46', '-5'])}):")
        c = Ctx({}, 1, in_func=True)
        c.vars["n"] = "!int"
        c.vars["seed"] = "int"
        accs = []
        for _ in range(r.randint(2, 4)):
            a = self.uid("a")
            start = self.pick(["2**47 - 10", "-(2**47) + 3", "2**63 - 100", "-2**63 + 7",
                               "2**31 - 5", "seed", "2**53 - 2", "2**62", "1", "2**64 - 3"])
            self.w(c, f"{a} = {start}")
            accs.append(a)
            c.vars[a] = "int"
        acc = self.uid("acc")
        self.w(c, f"{acc} = 0")
        c.vars[acc] = "int"
        v = self.uid("i")
        self.w(c, f"for {v} in range(n):")
        b = c.child(loopvar=v, loopn=n, iters=n, in_loop=True, guard=self.loop_guard(v, n))
        b.vars[v] = "!int"
        for a in accs:
            grow = self.pick([f"{a} + {v} * {self.pick(['1', '3', '1000', '2**20'])}",
                              f"{a} * {self.pick(['3', '2', '-3', '5', '7'])} + {v}",
                              f"{a} - {v} - {self.pick(['1', '2**30'])}",
                              f"({a} << 1) | ({v} & 1)", f"-{a} * 2 + 1",
                              f"{a} * {a} + {v}", f"{a} * (2**{r.randrange(10, 40)}) + {v}"])
            self.w(b, f"{a} = {grow}")
            limit = self.pick(["2**48", "2**63", "2**64", "2**70", "2**100", "2**130"])
            backs = [f"{a} % {self.pick(_MODS)}", f"{a} % {self.pick(_MODS)} - 2**46",
                     f"{a} & (2**47 - 1)"]
            if f"{a} * {a}" not in grow:    # shrinking by a shift would not bound squaring
                backs += [f"{a} // {self.pick(['2**40', '2**60', '2**70', '10**15'])}",
                          f"{a} >> {r.randrange(40, 70)}"]
            back = self.pick(backs)
            self.w(b, f"if {a} > {limit} or {a} < -{limit}:")
            self.w(b.ind + 1, f"{a} = {back}")
        mix = " + ".join(self.pick([a, f"{a} * {v}", f"({a} ^ {v})", f"{a} // 3", f"({a} % 1000)"])
                         for a in accs)
        self.w(b, f"{acc} = ({acc} * 31 + {mix}) % {self.pick(_MODS)}")
        if self.chance(0.5):
            # the accumulators may be far beyond 2**64 here: keep them out of reach
            b2 = Ctx({v: "!int", acc: "int", "seed": "int", "n": "!int"}, b.ind, loopvar=v,
                     loopn=n, iters=n, in_loop=True, in_func=True, guard=self.loop_guard(v, n))
            self.block(b2, 1, r.randint(1, 2))
        p = max(1, n // r.randint(3, 6))
        self.w(b, f"if {v} % {p} == 0:")
        self.w(b.ind + 1, f"_emit({self.tag('ov')}, ({', '.join(accs)}))")
        self.w(c, f"return ({acc}, {', '.join(accs)})")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('ov')}, {name}({n}))")
        if self.chance(0.5):
            self.w(0, f"_emit({self.tag('ov')}, {name}({r.randint(10, 60)}, seed={self.int_lit()}))")

    def seg_typechange(self, top):
        """Variables that switch type mid-loop; a polymorphic helper fed several types."""
        r = self.r
        name = self.uid("tc")
        helper = self.uid("poly")
        body = self.pick(["a + b", "a * 2 + b", "(a + b) * 2", "[a, b]", "(a, b)",
                          "a if len(str(a)) > len(str(b)) else b", "str(a) + str(b)",
                          "a + a + b"])
        self.w(0, f"def {helper}(a, b):")
        self.w(1, f"return {body}")
        self.w(0, "")
        self.w(0, "")
        n = self.hot_n()
        self.w(0, f"def {name}(n):")
        c = Ctx({}, 1, in_func=True)
        c.vars["n"] = "!int"
        nums = []
        for _ in range(r.randint(1, 3)):
            v = self.uid("u")
            self.w(c, f"{v} = {self.pick(['0', '1', '5', '2**40', '0.5', '-3'])}")
            c.vars[v] = "num"
            nums.append(v)
        mixed = self.uid("m")
        self.w(c, f"{mixed} = 0")
        out = self.uid("out")
        self.w(c, f"{out} = []")
        v = self.uid("i")
        self.w(c, f"for {v} in range(n):")
        b = c.child(loopvar=v, loopn=n, iters=n, in_loop=True, guard=self.loop_guard(v, n))
        b.vars[v] = "!int"
        for u in nums:
            k1 = r.randrange(1, n)
            self.w(b, f"if {v} == {k1}:")
            self.w(b.ind + 1, f"{u} = {self.pick([f'{u} + 0.5', f'float({u})', f'{u} * 1.5', f'{u} / 3'])}")
            if self.chance(0.6):
                k2 = r.randrange(k1, n)
                self.w(b, f"if {v} == {k2}:")
                self.w(b.ind + 1, f"{u} = {self.pick([f'int({u})', f'round({u})', f'int({u}) * 2**50', f'int({u}) + 2**63'])}")
            self.w(b, f"{u} = {self.reduce_num(self.e_num(b, 2))}")
        # a variable alternating between int and str
        self.w(b, f"{mixed} = {self.pick([f'str({v})', f'{v} * 3', f'repr({v} * 0.25)'])} if {v} % {r.randint(2, 5)} == 0 else {v}")
        self.w(b, f"{mixed} = {self.pick([f'{mixed} * 2', f'{mixed} + {mixed}', f'{helper}({mixed}, {mixed})'])}")
        self.w(b, f"if {v} % {max(1, n // 4)} == 1:")
        self.w(b.ind + 1, f"{out}.append({mixed})")
        if self.chance(0.6):
            self.block(b, 1, r.randint(1, 2))
        p = max(1, n // r.randint(3, 6))
        self.w(b, f"if {v} % {p} == 0:")
        self.w(b.ind + 1, f"_emit({self.tag('tc')}, ({', '.join(nums)},))")
        self.w(c, f"return [{', '.join(nums)}, {out}]")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('tc')}, {name}({n}))")
        # feed the polymorphic helper int, then float, then str, then list
        acc = self.uid("pa")
        m = self.hot_n()
        self.w(0, f"{acc} = []")
        k = self.uid("k")
        self.w(0, f"for {k} in range({m}):")
        self.w(1, f"{acc} = {helper}({k}, {k} + 1)")
        self.w(0, f"_emit({self.tag('tc')}, {acc})")
        for args in self.r.sample([("2.5", "-1.25"), ("'ab'", "'c'"), ("[1, 2]", "[3]"),
                                   ("2**62", "2**62"), ("True", "2"), ("-2**63", "0.5"),
                                   ("(1,)", "(2, 3)")], 4):
            self.w(0, f"_emit({self.tag('tc')}, {helper}({args[0]}, {args[1]}))")

    def seg_class(self, top):
        r = self.r
        cname = self.uid("C")
        attrs = {}
        for _ in range(r.randint(2, 4)):
            attrs[self.uid("at")] = self.pick(["int", "int", "float", "str", "list", "num"])
        names = list(attrs)
        self.w(0, f"class {cname}:")
        self.w(1, "count = 0")
        self.w(0, "")
        # __init__(self, a, b=default)
        first = names[0]
        self.w(1, f"def __init__(self, x, y={self.pick(['2', '0.5', '-7', '2**47'])}):")
        ic = Ctx({"x": "int", "y": "num"}, 2, in_func=True)
        for a, t in attrs.items():
            if t == "int":
                init = self.reduce_int("x * 3 + 1") if a != first else "x"
            elif t == "num":
                init = "y"
            else:
                init = self.init_val(ic, t)
            self.w(ic, f"self.{a} = {init}")
        self.w(ic, f"{cname}.count += 1")
        self.w(0, "")
        mc_vars = {f"self.{a}": t for a, t in attrs.items()}
        methods = []
        for _ in range(r.randint(1, 3)):
            m = self.uid("m")
            ret = self.pick(["int", "float", "str", "list"])
            has_j = self.chance(0.5)
            self.w(1, f"def {m}(self, k{', j=1' if has_j else ''}):")
            # methods run in hot loops: no emits, no calls, one level of small loops at most
            c = Ctx(dict(mc_vars), 2, in_func=True, iters=300, emit_ok=False, no_calls=True)
            c.vars["k"] = "int"
            if has_j:
                c.vars["j"] = "int"
            self.block(c, 1, r.randint(1, 3))
            self.w(c, f"return {self.e_bounded(c, ret, 1)}")
            self.w(0, "")
            methods.append((m, ret, has_j))
        # __repr__
        pieces = []
        for a, t in attrs.items():
            if t == "str":
                pieces.append(f"{a}={{self.{a}!r}}")
            elif t == "list":
                pieces.append(f"n={{len(self.{a})}}")
            else:
                pieces.append(f"{a}={{self.{a}}}")
        self.w(1, "def __repr__(self):")
        if self.chance(0.7):
            self.w(2, f"return f\"{cname}({', '.join(pieces)})\"")
        else:
            self.w(2, f"return '{cname}<' + str(self.{first}) + '>'")
        self.w(0, "")
        self.w(0, "")
        classes = [cname]
        # optional subclass overriding a method and calling super()
        if self.chance(0.5):
            sname = self.uid("D")
            m, ret, _ = self.pick(methods)
            self.w(0, f"class {sname}({cname}):")
            self.w(1, "def __init__(self, x, y=1.5):")
            self.w(2, "super().__init__(x + 1, y)")
            self.w(2, f"self.extra = {self.int_lit()}")
            self.w(0, "")
            self.w(1, f"def {m}(self, k, j=2):")
            c = Ctx(dict(mc_vars), 2, in_func=True, iters=300, emit_ok=False, no_calls=True)
            c.vars["self.extra"] = "int"
            c.vars["k"] = "int"
            base = self.uid("base")
            self.w(c, f"{base} = super().{m}(k)")
            c.vars[base] = ret
            self.block(c, 0, r.randint(1, 2))
            self.w(c, f"return {base}")
            self.w(0, "")
            self.w(0, "")
            classes.append(sname)
        # usage: a hot loop calling methods on a list of instances (polymorphic if subclass)
        objs = self.uid("objs")
        ctors = ", ".join(f"{self.pick(classes)}({self.int_lit()}{', ' + self.pick(['0.25', '3', 'y=-1.5', 'y=2**40']) if self.chance(0.5) else ''})"
                          for _ in range(r.randint(2, 4)))
        self.w(0, f"{objs} = [{ctors}]")
        n = self.hot_n()
        v = self.uid("i")
        tot = self.uid("tot")
        self.w(0, f"{tot} = 0")
        top.vars[tot] = "int"
        self.w(0, f"for {v} in range({n}):")
        b = top.child(loopvar=v, loopn=n, iters=n, in_loop=True, guard=self.loop_guard(v, n))
        b.vars[v] = "!int"
        o = self.uid("o")
        self.w(b, f"{o} = {objs}[{v} % len({objs})]")
        for a, t in attrs.items():
            b.vars[f"{o}.{a}"] = t
        for m, ret, has_j in methods:
            res = self.uid("res")
            j = f", j={self.int_leaf(b)}" if has_j and self.chance(0.5) else ""
            self.w(b, f"{res} = {o}.{m}({self.int_leaf(b)}{j})")
            b.vars[res] = ret
            if ret == "int":
                self.w(b, f"{tot} = ({tot} + {res}) % 1000000007")
        numattrs = [a for a, t in attrs.items() if t == "num"]
        if numattrs and self.chance(0.7):
            a = self.pick(numattrs)
            self.w(b, f"if {v} == {r.randrange(n)}:")
            self.w(b.ind + 1, f"{o}.{a} = {self.pick([f'{o}.{a} + 0.5', f'int({o}.{a})', f'{o}.{a} * 2**40'])}")
        if self.chance(0.5):
            self.block(b, 1, 1)
        p = max(1, n // r.randint(2, 5))
        self.w(b, f"if {v} % {p} == 0:")
        self.w(b.ind + 1, f"_emit({self.tag('c')}, {o})")
        self.w(0, f"_emit({self.tag('c')}, {objs})")
        self.w(0, f"_emit({self.tag('c')}, ({tot}, {cname}.count))")
        self.w(0, f"_emit({self.tag('c')}, [repr(q) for q in sorted({objs}, key=lambda q: str(q.{first}))])")

    def seg_exceptions(self, top):
        r = self.r
        name = self.uid("ex")
        custom = None
        if self.chance(0.4):
            custom = self.uid("Err")
            self.w(0, f"class {custom}(ValueError):")
            if self.chance(0.5):
                self.w(1, "pass")
            else:
                self.w(1, "def __init__(self, code):")
                self.w(2, "super().__init__(f\"code {code}\")")
                self.w(2, "self.code = code")
            self.w(0, "")
            self.w(0, "")
        self.w(0, f"def {name}(x, xs, d, s='a1b2'):")
        c = Ctx({"x": "int", "xs": "list", "d": "dict", "s": "str"}, 1, in_func=True)
        c.vars["x"] = "!int"
        if custom:
            self.w(c, f"if x % {r.randint(5, 13)} == 3:")
            self.w(c.ind + 1, f"raise {custom}(x)")
        ops = [
            f"r = xs[x % {r.randint(4, 12)}]",
            f"r = d[{self.pick(_KEYS)!r} if x % 3 else 'k' + str(x % 4)]",
            f"r = 1000 // (x % {r.randint(3, 7)} - 1)",
            f"r = int(s[x % len(s)])",
            f"r = xs.index(x % 20)",
            f"r = int({1.5 if self.chance(0.5) else 2.5} / (x % 4 - 2))",
            f"r = {self.pick(['7.5', '-2.0'])} // float(x % 3 - 1)",
            f"r = len(str(x)) + (x % 2)",
            f"r = s[x % 9]" if self.chance(0.5) else "r = ord(s[x % 6])",
            f"r = [x, x + 1][x % 3]",
            f"r = (x, x * 2)[x % 4 - 1]",
            f"r = {{'a': 1}}.pop('b' if x % 2 else 'a')",
        ]
        chosen = r.sample(ops, r.randint(2, 4))
        self.w(c, "r = 0")
        for i, op in enumerate(chosen):
            if i == 0:
                self.w(c, op)
            else:
                self.w(c, f"if x % {r.randint(2, 4)} == {r.randrange(2)}:")
                self.w(c.ind + 1, op)
        if self.chance(0.4):
            self.w(c, f"if x % {r.randint(5, 17)} == 0:")
            self.w(c.ind + 1, f"raise {self.pick(['ValueError', 'KeyError', 'IndexError'])}(f\"bad x={{x}}\")")
        self.w(c, "return r")
        self.w(0, "")
        self.w(0, "")
        n = self.hot_n()
        xs = self.uid("xs")
        dd = self.uid("d")
        self.w(0, f"{xs} = {self.init_val(top, 'list')}")
        self.w(0, f"{dd} = {self.init_val(top, 'dict')}")
        counts = self.uid("cnt")
        self.w(0, f"{counts} = {{}}")
        v = self.uid("i")
        self.w(0, f"for {v} in range({n}):")
        self.w(1, "try:")
        self.w(2, f"rv = {name}({v}, {xs}, {dd}{', s=' + self.str_lit() if self.chance(0.5) else ''})")
        handlers = []
        if custom:
            handlers.append((custom, "e"))
        handlers += r.sample([("ZeroDivisionError", "e"), ("(IndexError, KeyError)", "e"),
                              ("ValueError", "e"), ("LookupError", "e"), ("ArithmeticError", "e")],
                             r.randint(1, 3))
        for exc, ev in handlers:
            self.w(1, f"except {exc} as {ev}:")
            self.w(2, f"msg = type({ev}).__name__ + ': ' + str({ev})")
            self.w(2, f"{counts}[msg] = {counts}.get(msg, 0) + 1")
            self.w(2, f"if {counts}[msg] <= 2:")
            self.w(3, f"_emit({self.tag('e')}, msg)")
            if custom and exc == custom and self.chance(0.5):
                self.w(2, f"if {v} < 20:")
                self.w(3, f"_emit({self.tag('e')}, repr({ev}))")
        self.w(1, "except Exception as e:")
        self.w(2, "msg = 'other ' + type(e).__name__ + ': ' + str(e)")
        self.w(2, f"{counts}[msg] = {counts}.get(msg, 0) + 1")
        if self.chance(0.5):
            self.w(1, "else:")
            self.w(2, f"if {v} % {max(1, n // 4)} == 0:")
            self.w(3, f"_emit({self.tag('e')}, rv)")
        if self.chance(0.4):
            self.w(1, "finally:")
            self.w(2, f"{xs}.append({v} % 7) if len({xs}) < 12 else None")
        self.w(0, f"_emit({self.tag('e')}, sorted({counts}.items()))")
        # nested try / re-raise
        if self.chance(0.5):
            fn = self.uid("rr")
            self.w(0, f"def {fn}(v):")
            self.w(1, "try:")
            self.w(2, "return 10 // v")
            self.w(1, "except ZeroDivisionError:")
            self.w(2, "raise ValueError('wrapped ' + str(v))")
            self.w(1, "finally:")
            self.w(2, f"_emit({self.tag('e')}, v)")
            self.w(0, "")
            self.w(0, "")
            self.w(0, "for q in range(3):")
            self.w(1, "try:")
            self.w(2, f"_emit({self.tag('e')}, {fn}(q - 1))")
            self.w(1, "except ValueError as e:")
            self.w(2, f"_emit({self.tag('e')}, (str(e), e.args, type(e.__context__).__name__))")

    def seg_generator(self, top):
        r = self.r
        name = self.uid("g")
        self.w(0, f"def {name}(n, k={r.randint(2, 5)}):")
        self.w(1, f"acc = {self.pick(['0', '1', '2**47 - 1', '0.5'])}")
        self.w(1, "for i in range(n):")
        self.w(2, f"acc = (acc * {self.pick(['3', '5', '7', '31'])} + i) % {self.pick(['1009', '2**61 - 1', '10**9 + 7', '97.5'])}")
        self.w(2, "if acc % k == 0:")
        self.w(3, f"yield {self.pick(['acc', 'i', 'acc - i', 'acc // 2', '-acc'])}")
        if self.chance(0.5):
            self.w(2, f"elif i % {r.randint(3, 7)} == 1:")
            self.w(3, "yield i * k")
        if self.chance(0.3):
            self.w(1, f"yield from {self.pick(['[n, k]', 'range(k)', '(j * 2 for j in range(k))'])}")
        self.w(0, "")
        self.w(0, "")
        n = self.hot_n()
        self.w(0, f"_emit({self.tag('g')}, list({name}({r.randint(5, 40)})))")
        self.w(0, f"_emit({self.tag('g')}, sum({name}({n}, {r.randint(2, 6)})))")
        self.w(0, f"_emit({self.tag('g')}, sum(v * v for v in {name}({r.randint(5, 60)})))")
        self.w(0, f"_emit({self.tag('g')}, [v for v in {name}({r.randint(5, 40)}, k=3) if v % 2 == 0])")
        it = self.uid("it")
        self.w(0, f"{it} = {name}({r.randint(3, 20)})")
        self.w(0, f"_emit({self.tag('g')}, (next({it}, -1), next({it}, -1), list({it}), next({it}, 'done')))")
        tot = self.uid("gt")
        m = self.pick([30, 50, 100, 200])
        self.w(0, f"{tot} = 0")
        v = self.uid("i")
        self.w(0, f"for {v} in range({m}):")
        self.w(1, f"for y in {name}({v} % 17, k={v} % 3 + 2):")
        self.w(2, f"{tot} = ({tot} + y * {v}) % 1000003")
        self.w(2, f"if y > {r.randint(100, 900)}:")
        self.w(3, "break")
        self.w(0, f"_emit({self.tag('g')}, {tot})")
        self.w(0, f"_emit({self.tag('g')}, (any(v > 50 for v in {name}(20)), all(v >= 0 for v in {name}(15)), sorted({name}(12))))")
        self.w(0, f"_emit({self.tag('g')}, dict(enumerate({name}({r.randint(4, 20)}))))")

    def seg_closure(self, top):
        r = self.r
        mk = self.uid("mk")
        self.w(0, f"def {mk}(base, scale={self.pick(['2', '3', '0.5', '-1'])}):")
        self.w(1, "total = 0")
        self.w(1, "hist = []")
        self.w(0, "")
        self.w(1, "def step(x, bias=1):")
        self.w(2, "nonlocal total")
        self.w(2, f"total = (total * {self.pick(['3', '7', '1'])} + x * scale + base + bias) % {self.pick(['1000003', '2**47', '2**63 - 1', '997.5'])}")
        self.w(2, "if len(hist) < 5:")
        self.w(3, "hist.append(total)")
        self.w(2, "return total")
        self.w(0, "")
        self.w(1, "def peek():")
        self.w(2, "return (total, hist)")
        self.w(1, "return step, peek")
        self.w(0, "")
        self.w(0, "")
        f1, p1, f2, p2 = (self.uid("st"), self.uid("pk"), self.uid("st"), self.uid("pk"))
        self.w(0, f"{f1}, {p1} = {mk}({self.int_lit()})")
        self.w(0, f"{f2}, {p2} = {mk}(base={self.pick(['-4', '2**40', '1.25'])}, scale={self.pick(['2', '5', '1.5'])})")
        n = self.hot_n()
        v = self.uid("i")
        acc = self.uid("ca")
        self.w(0, f"{acc} = 0")
        self.w(0, f"for {v} in range({n}):")
        self.w(1, f"{acc} = {f1}({v}) + {f2}({v}, bias=-{v} % 5)")
        self.w(0, f"_emit({self.tag('cl')}, ({acc}, {p1}(), {p2}()))")
        fs = self.uid("fs")
        k = self.uid("k")
        self.w(0, f"{fs} = [lambda q, {k}={k}: q * {k} + {self.int_lit()} for {k} in range({r.randint(2, 6)})]")
        self.w(0, f"_emit({self.tag('cl')}, [f({r.randint(-5, 9)}) for f in {fs}])")
        late = self.uid("late")
        self.w(0, f"{late} = [lambda q: q + {k} for {k} in range(3)]")
        self.w(0, f"_emit({self.tag('cl')}, [f(10) for f in {late}])")
        ap = self.uid("apply")
        self.w(0, f"def {ap}(fn, xs, *, times=1):")
        self.w(1, "out = list(xs)")
        self.w(1, "for _ in range(times):")
        self.w(2, "out = [fn(v) for v in out]")
        self.w(1, "return out")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('cl')}, {ap}(lambda q: (q * 3) % 101, range({r.randint(3, 12)}), times={r.randint(1, 4)}))")
        self.w(0, f"_emit({self.tag('cl')}, {ap}({f1}, [1, 2, 3]))")

    def seg_comprehension(self, top):
        r = self.r
        for _ in range(r.randint(1, 2)):
            self.new_var(top, self.pick(["list", "str", "dict"]))
        ls = top.names("list") or ["[3, 1, 2]"]
        l = self.pick(ls)
        exprs = [
            f"[x * y for x in range({r.randint(2, 8)}) for y in range(x) if (x + y) % {r.randint(2, 4)}]",
            f"[[i * j for j in range({r.randint(1, 5)})] for i in range({r.randint(1, 5)})]",
            f"{{x % {r.randint(3, 9)}: x for x in {l}}}",
            f"sorted({{x % {r.randint(3, 11)} for x in {l}}})",
            f"[c.upper() + str(i) for i, c in enumerate({self.e_str(top, 1)}) if c != ' ']",
            f"sum(x * x for x in {l} if x % 2 == 0)",
            f"{{k: len(k) for k in {self.e_strlist(top, 1)}}}",
            f"[(a, b) for a, b in zip({l}, reversed({l}))]",
            f"max((x % 1000, x) for x in {l}) if {l} else None",
            f"[x for x in range({r.randint(10, 60)}) if x % 3 == 0 if x % 2 == 1]",
            f"sorted({{w.lower() for w in {self.e_strlist(top, 1)}}})",
            f"[v if v > 0 else -v for v in {l}]",
            f"list(zip(range(3), 'abc', [{self.int_lit()}, 2, 3]))",
        ]
        for e in r.sample(exprs, r.randint(3, 6)):
            self.w(0, f"_emit({self.tag('co')}, {e})")
        # a comprehension inside a hot loop
        n = self.hot_n()
        v = self.uid("i")
        acc = self.uid("cs")
        self.w(0, f"{acc} = 0")
        self.w(0, f"for {v} in range({n}):")
        self.w(1, f"{acc} = ({acc} + sum([q * {v} for q in range({v} % 9)]) + len({{q % 4 for q in range({v} % 13)}})) % 1000003")
        self.w(0, f"_emit({self.tag('co')}, {acc})")

    def seg_strings(self, top):
        r = self.r
        s = self.uid("s")
        parts = self.uid("parts")
        self.w(0, f"{s} = {self.str_lit()}")
        self.w(0, f"{parts} = []")
        n = self.hot_n()
        v = self.uid("i")
        self.w(0, f"for {v} in range({n}):")
        self.w(1, f"{s} = ({s} + chr({self.pick(['97', '65', '48', '0x3b1'])} + {v} % {self.pick(['26', '10', '5'])}))[-{r.randint(8, 30)}:]")
        ops = [
            f"if {v} % {r.randint(3, 9)} == 0:\n        {parts}.append(f\"{{{v}}}:{{{s}[-3:]}}\")",
            f"if {s}.count('a') > {r.randint(0, 3)}:\n        {s} = {s}.replace('a', {self.pick(['AA', '', '-'])!r})",
            f"if len({parts}) > {r.randint(5, 15)}:\n        {parts} = {parts}[{r.randint(1, 4)}:]",
            f"{s} = {s}.{self.pick(['upper()', 'lower()', 'swapcase()', 'strip()', 'title()'])} if {v} % {r.randint(2, 7)} == 1 else {s}",
            f"if {s}.startswith({self.pick(_START_LITS)}):\n        {parts}.append({s}[::-1][:5])",
        ]
        for op in r.sample(ops, r.randint(2, 5)):
            self.w(1, op)
        self.w(0, f"_emit({self.tag('s')}, {s})")
        self.w(0, f"_emit({self.tag('s')}, {parts})")
        joined = self.uid("j")
        self.w(0, f"{joined} = {self.pick(_SEPS)!r}.join({parts})")
        top.vars[s] = "str"
        top.vars[joined] = "str"
        for _ in range(r.randint(2, 5)):
            self.w(0, f"_emit({self.tag('s')}, {self.e_str(top, 2)})")
        self.w(0, f"_emit({self.tag('s')}, ({joined}.split({self.pick(_SEPS[1:])!r})[:4], {joined}.find({self.str_lit()}), len({joined}), {joined}.upper()[:12], {joined}.partition(':')))")

    def seg_containers(self, top):
        r = self.r
        for t in ("list", "dict", "tuple"):
            if not top.names(t) or self.chance(0.5):
                self.new_var(top, t)
        grid = self.uid("grid")
        w, h = r.randint(2, 6), r.randint(2, 6)
        self.w(0, f"{grid} = [[(i * {w} + j) % 7 for j in range({w})] for i in range({h})]")
        n = self.hot_n()
        v = self.uid("i")
        cnt = self.uid("cnt")
        self.w(0, f"{cnt} = {{}}")
        self.w(0, f"for {v} in range({n}):")
        c = top.child(loopvar=v, loopn=n, iters=n, in_loop=True, guard=self.loop_guard(v, n))
        c.vars[v] = "!int"
        self.w(c, f"row = {grid}[{v} % {h}]")
        self.w(c, f"row[{v} % {w}] = (row[{v} % {w}] + {v}) % {self.pick(['10', '1000', '2**48'])}")
        keyexpr = self.pick(["str(row[0] % 5)", '"k" + str(' + v + ' % 4)', "chr(97 + row[-1] % 6)"])
        self.w(c, f"key = {keyexpr}")
        self.w(c, f"{cnt}[key] = {cnt}.get(key, 0) + 1")
        self.block(c, 1, r.randint(1, 3))
        self.w(0, f"_emit({self.tag('d')}, {grid})")
        self.w(0, f"_emit({self.tag('d')}, {cnt})")
        self.w(0, f"_emit({self.tag('d')}, (list({cnt}.keys()), sorted({cnt}.values()), len({cnt})))")
        pairs = self.uid("pairs")
        self.w(0, f"{pairs} = [({self.int_lit()}, {self.str_lit()}), ({self.int_lit()}, {self.str_lit()}), (1, 'b'), (1, 'a')]")
        self.w(0, f"_emit({self.tag('d')}, (sorted({pairs}), sorted({pairs}, key=lambda p: p[1]), {pairs}[1:3], {pairs}[::-1][0]))")
        a, b = self.uid("ta"), self.uid("tb")
        self.w(0, f"for {a}, {b} in {pairs}[:2]:")
        self.w(1, f"_emit({self.tag('d')}, ({a}, {b}, {b} * 2))")
        for _ in range(r.randint(1, 3)):
            self.w(0, f"_emit({self.tag('d')}, {self.e_any(top, self.pick(['list', 'dict', 'tuple']), 2)})")

    def seg_recursion(self, top):
        r = self.r
        name = self.uid("rec")
        k = r.randint(2, 9)
        self.w(0, f"def {name}(n, acc={self.pick(['0', '1', '2**62', '0.5'])}):")
        self.w(1, "if n <= 0:")
        self.w(2, "return acc")
        self.w(1, f"return {name}(n - 1, (acc * {k} + n) % {self.pick(_MODS)})")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('r')}, [{name}(q) for q in range({r.randint(5, 40)})])")
        fib = self.uid("fib")
        self.w(0, f"def {fib}(n, memo=None):")
        self.w(1, "if memo is None:")
        self.w(2, "memo = {}")
        self.w(1, "if n < 2:")
        self.w(2, "return n")
        self.w(1, "if n in memo:")
        self.w(2, "return memo[n]")
        self.w(1, f"v = {fib}(n - 1, memo) + {fib}(n - 2, memo)")
        self.w(1, "memo[n] = v")
        self.w(1, "return v")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('r')}, [{fib}(q) for q in (10, 40, {r.randint(50, 45 * 2)}, 92, 93)])")
        ev, od = self.uid("even"), self.uid("odd")
        self.w(0, f"def {ev}(n):")
        self.w(1, f"return True if n == 0 else {od}(n - 1)")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"def {od}(n):")
        self.w(1, f"return False if n == 0 else {ev}(n - 1)")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('r')}, [{ev}(q) for q in range({r.randint(3, 40)})])")

    def seg_while(self, top):
        r = self.r
        x, y, i = self.uid("x"), self.uid("y"), self.uid("i")
        n = self.hot_n()
        self.w(0, f"{x}, {y}, {i} = {self.int_lit()}, {self.pick(['1', '0.5', '2**47'])}, 0")
        self.w(0, f"while {i} < {n}:")
        self.w(1, f"{i} += 1")
        self.w(1, f"if {i} % {r.randint(3, 11)} == 0:")
        self.w(2, "continue")
        self.w(1, f"{x} = ({x} * {self.pick(['3', '5', '-7', '2**20'])} + {i}) % {self.pick(_MODS)}")
        self.w(1, f"{y} = ({y} + {x} % 100) % {self.pick(['1000', '7.5', '2**53'])}")
        self.w(1, f"if {x} % {r.randint(50, 400)} == {r.randint(0, 49)}:")
        self.w(2, "break")
        self.w(0, "else:")
        self.w(1, f"_emit({self.tag('w')}, 'no break')")
        self.w(0, f"_emit({self.tag('w')}, ({x}, {y}, {i}))")
        z = self.uid("z")
        self.w(0, f"{z} = 0")
        self.w(0, "while True:")
        self.w(1, f"{z} += {r.randint(1, 7)}")
        self.w(1, f"if {z} > {r.randint(50, 400)}:")
        self.w(2, "break")
        self.w(0, f"_emit({self.tag('w')}, {z})")

    def seg_optable(self, top):
        """Every operator on a pool of mixed operands (ints at the 48/64-bit edges, big ints,
        floats incl. inf/nan/-0.0, bools), first once, then inside a hot loop."""
        r = self.r
        pool = r.sample(_OP_INTS, r.randint(3, 6)) + r.sample(_OP_FLOATS, r.randint(2, 5))
        if self.chance(0.3):
            pool.append(self.pick(["True", "False"]))
        r.shuffle(pool)
        ops = r.sample(_OPS, r.randint(6, 12))
        vals, opsn, safe = self.uid("vals"), self.uid("ops"), self.uid("safe")
        if any("math." in o for o in ops):
            self.use_math = True
        self.w(0, f"{vals} = [{', '.join(pool)}]")
        self.w(0, f"{opsn} = [")
        for o in ops:
            self.w(1, f"lambda a, b: {o},")
        self.w(0, "]")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"def {safe}(f, a, b):")
        self.w(1, "try:")
        self.w(2, "return f(a, b)")
        self.w(1, "except Exception as e:")
        self.w(2, "return type(e).__name__ + ': ' + str(e)")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"for a in {vals}:")
        self.w(1, f"for b in {vals}:")
        self.w(2, f"_emit({self.tag('op')}, [{safe}(f, a, b) for f in {opsn}])")
        fn = self.uid("optab")
        n = self.hot_n()
        self.w(0, f"def {fn}(n):")
        self.w(1, "acc = 0")
        self.w(1, "for i in range(n):")
        self.w(2, f"a = {vals}[i % len({vals})]")
        self.w(2, f"b = {vals}[(i * {self.pick(['7', '3', '5'])} + {r.randrange(5)}) % len({vals})]")
        self.w(2, f"for f in {opsn}:")
        self.w(3, f"acc = (acc * 31 + len(repr({safe}(f, a, b)))) % 1000003")
        self.w(1, "return acc")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('op')}, {fn}({n}))")

    def seg_edges(self, top):
        """Edge cases of builtins, numbers, strings and containers, evaluated directly."""
        r = self.r
        for t in r.sample(_EDGES, r.randint(6, 14)):
            self.w(0, f"_emit({self.tag('x')}, {t(r)})")
            if "math." in self.buf[-1]:
                self.use_math = True
        # ranges near the 64-bit edges, iterated in a hot loop
        if self.chance(0.6):
            a, b, st = self.pick([("2**63 - 20", "2**63 - 1", "3"), ("-2**63", "-2**63 + 9", "2"),
                                  ("2**47 - 5", "2**47 + 5", "1"), ("-(2**47) + 3", "-(2**47) - 4", "-1"),
                                  ("2**63 - 2", "-2**63 + 2", "-(2**62)"), ("0", "2**63 - 1", "2**61"),
                                  ("2**63 - 1", "2**63 - 50", "-7")])
            v, acc = self.uid("i"), self.uid("racc")
            rg = self.uid("rg")
            self.w(0, f"{rg} = range({a}, {b}, {st})")
            self.w(0, f"_emit({self.tag('x')}, (len({rg}), {rg}[0] if {rg} else None, {rg}[-1] if {rg} else None, list({rg})[:4], ({a}) in {rg}))")
            self.w(0, f"{acc} = 0")
            self.w(0, f"for {v} in range({self.pick(['50', '100', '200'])}):")
            self.w(1, f"for q in {rg}:")
            self.w(2, f"{acc} = ({acc} + q % 1000003 + {v}) % (2**61 - 1)")
            self.w(0, f"_emit({self.tag('x')}, {acc})")

    def seg_args(self, top):
        """*args/**kwargs, star-unpacking in calls and assignments, slice assignment."""
        r = self.r
        fn = self.uid("va")
        self.w(0, f"def {fn}(a, b=2, *rest, scale=1, **kw):")
        self.w(1, "t = (a + b) * scale")
        self.w(1, "for x in rest:")
        self.w(2, "t = (t * 3 + x) % 1000003")
        self.w(1, "for k in sorted(kw):")
        self.w(2, "t = (t + len(k) * kw[k]) % 1000003")
        self.w(1, "return t, len(rest), sorted(kw.items())")
        self.w(0, "")
        self.w(0, "")
        calls = [f"{fn}(1)", f"{fn}(1, 5, 6, 7)", f"{fn}(*[3, 4, 5])", f"{fn}(2, scale=3, z=4)",
                 f"{fn}(*range(5), **{{'q': 2, 'r': 3}})", f"{fn}(b=9, a=1)",
                 f"{fn}(1, *(2, 3), scale=-1, **dict(m=5))", f"{fn}(2**47, 2**47, 2**62)",
                 f"{fn}(0.5, 1.25, 3, scale=2)"]
        for c in r.sample(calls, r.randint(3, 6)):
            self.w(0, f"_emit({self.tag('a')}, {c})")
        n = self.hot_n()
        v, acc = self.uid("i"), self.uid("vacc")
        self.w(0, f"{acc} = 0")
        self.w(0, f"for {v} in range({n}):")
        self.w(1, f"{acc} = ({acc} + {fn}({v}, *[{v}] * ({v} % 3), scale={v} % 4, w={v})[0]) % 1000003")
        self.w(0, f"_emit({self.tag('a')}, {acc})")
        l = self.uid("L")
        self.w(0, f"{l} = list(range({r.randint(5, 12)}))")
        stmts = [f"{l}[1:3] = [{self.int_lit()}, {self.int_lit()}, {self.int_lit()}]",
                 f"{l}[::2] = [0] * len({l}[::2])", f"del {l}[::3]", f"{l}[-2:] = []",
                 f"{l}[:0] = [-1, -2]", f"{l}[len({l}):] = (7, 8)",
                 f"first, *mid, last = {l}\n_emit({self.tag('a')}, (first, mid, last))",
                 f"*head, tail = {l}[:3]\n_emit({self.tag('a')}, (head, tail))",
                 f"a1, (b1, c1) = {l}[0], ({l}[-1], len({l}))\n_emit({self.tag('a')}, (a1, b1, c1))",
                 f"{l} += [{self.int_lit()}]", f"{l} *= 2", f"{l}.sort(key=lambda q: (q % 3, -q))"]
        for s in r.sample(stmts, r.randint(3, 7)):
            for line in s.split("\n"):
                self.w(0, line)
            self.w(0, f"_emit({self.tag('a')}, {l})")
        d1, d2 = self.uid("dA"), self.uid("dB")
        self.w(0, f"{d1} = {self.init_val(top, 'dict')}")
        self.w(0, f"{d2} = {self.init_val(top, 'dict')}")
        self.w(0, f"_emit({self.tag('a')}, ({{**{d1}, **{d2}}}, {{**{d2}, 'new': 1}}, {d1} == {d2}, sorted({d1}.keys() & {d2}.keys())))")
        self.w(0, f"{d1}.update({d2}, extra=5)")
        self.w(0, f"_emit({self.tag('a')}, ({d1}, {d1}.popitem(), list({d1}.items())[-2:]))")
        self.w(0, f"_emit({self.tag('a')}, ('{{}} and {{}}'.format({self.int_lit()}, {self.str_lit()}), '{{1}}-{{0}}'.format('x', {self.int_lit()}), '%s|%d|%r' % ({self.str_lit()}, {self.int_lit()}, {self.str_lit()})))")

    def seg_edgetable(self, top):
        """Edge cases (error messages, unicode case mapping, float repr/parse, i64 edges),
        each as a no-argument lambda: printed once, then evaluated in a hot loop."""
        r = self.r
        exprs = r.sample(_EDGE_EXPRS, r.randint(6, 16))
        if any("math." in e for e in exprs):
            self.use_math = True
        tbl, safe, fn = self.uid("edge"), self.uid("esafe"), self.uid("etab")
        self.w(0, f"{tbl} = [")
        for e in exprs:
            self.w(1, f"lambda: ({e}),")
        self.w(0, "]")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"def {safe}(f):")
        self.w(1, "try:")
        self.w(2, "return repr(f())")
        self.w(1, "except Exception as e:")
        self.w(2, "return type(e).__name__ + ': ' + str(e)[:200]")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"for f in {tbl}:")
        self.w(1, f"_emit({self.tag('et')}, {safe}(f))")
        self.w(0, f"def {fn}(n):")
        self.w(1, "acc = 0")
        self.w(1, "for i in range(n):")
        self.w(2, f"acc = (acc * 31 + len({safe}({tbl}[i % len({tbl})]))) % 1000003")
        self.w(1, "return acc")
        self.w(0, "")
        self.w(0, "")
        self.w(0, f"_emit({self.tag('et')}, {fn}({self.pick([60, 100, 200])}))")

    def seg_global(self, top):
        g = self.uid("G")
        fn = self.uid("bump")
        self.w(0, f"{g} = {self.int_lit()}")
        self.w(0, f"def {fn}(k):")
        self.w(1, f"global {g}")
        self.w(1, f"{g} = ({g} * 3 + k) % {self.pick(_MODS)}")
        self.w(1, f"return {g}")
        self.w(0, "")
        self.w(0, "")
        n = self.hot_n()
        v = self.uid("i")
        self.w(0, f"for {v} in range({n}):")
        self.w(1, f"{fn}({v})")
        self.w(0, f"_emit({self.tag('gl')}, {g})")
        top.vars[g] = "int"

    # ------------------------------------------------------------ program
    def program(self):
        r = self.r
        top = Ctx({}, 0)
        for _ in range(r.randint(1, 3)):
            self.new_var(top, self.pick(["int", "float", "str", "list", "dict"]))
        segs = [self.seg_function, self.seg_function, self.seg_toplevel_loop, self.seg_overflow,
                self.seg_typechange, self.seg_class, self.seg_exceptions, self.seg_generator,
                self.seg_closure, self.seg_comprehension, self.seg_strings, self.seg_containers,
                self.seg_recursion, self.seg_while, self.seg_global, self.seg_optable,
                self.seg_optable, self.seg_edges, self.seg_edges, self.seg_args,
                self.seg_edgetable]
        lo, hi = self.cfg["segments"]
        for _ in range(r.randint(lo, hi)):
            self.pick(segs)(top)
            self.w(0, "")
        # a final report of the module-level variables
        for name, t in list(top.vars.items()):
            if t in ("int", "float", "str", "list", "dict", "tuple", "num") and self.chance(0.5):
                self.w(0, f"_emit({self.tag('v')}, {name})")
        self.w(0, "print('checksum', _ck)")
        head = [f"# generated by tools/fuzzgen.py --seed {self.seed} --size {self.size}"]
        if self.use_math:
            head.append("import math")
        head.append("")
        return "\n".join(head + [PRELUDE] + self.buf) + "\n"


def generate(seed, size="small"):
    return Gen(seed, size).program()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", choices=sorted(_SIZES), default="small")
    args = ap.parse_args()
    sys.stdout.write(generate(args.seed, args.size))


if __name__ == "__main__":
    main()
