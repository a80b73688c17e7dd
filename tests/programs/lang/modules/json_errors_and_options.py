# json: every decode error with its position, the encoder options (indent, separators,
# sort_keys, skipkeys, ensure_ascii, allow_nan, default, cls) and the decoder hooks.
import json
cases = ['', ' ', '1', ' 1 ', '1 2', '-', '-x', '1.', '1.5e', '1e5', '-0', '0.1e-3', '01', 'nul', 'null', 'true', 'false', 'NaN', '-Infinity',
         '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\\ud83d\\ude00"', '"tab\there"', '"\\', '"a\\"',
         '[', '[1', '[1,', '[1,]', '[1 2]', '[]', '[ ]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{"a" 1}', '{1:2}', '{}', '{ }',
         '{"a":1,"a":2}', '[1,[2,[3,{"x":null}]]]', '\ufeff1', '"\u00e9"', '[1]x', '{"a": }', '[,]', '  [  1 , 2 ]  ', '1\n\n  x',
         '123456789012345678901234567890', '1.7976931348623157e309', '"\\/"', '"\\b\\f\\n\\r\\t"']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e, e.pos, e.lineno, e.colno, repr(e.msg))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
vals = [None, True, False, 0, -5, 10**20, 1.5, 1e100, 1e-7, 0.1, float('inf'), float('-inf'), float('nan'), "a\"b\\c\n\t\x01\x7f é 😀",
        [], {}, [1, [2, []], {}], {"b": 1, "a": [1, 2], "c": {"d": None}}, (1, 2), {1: 2, 2.5: 3, True: 4, None: 5, False: 6}]
for v in vals:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))
    print(json.dumps(v, indent=2, sort_keys=isinstance(v, dict) and all(isinstance(k, str) for k in v)))
    print(json.dumps(v, separators=(',', ':')))
print(json.dumps({"x": [1, 2]}, indent='\t'))
print(json.dumps([1, {"a": []}], indent=0))
for bad in [{(1, 2): 3}, [set()], float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(json.dumps({1, 2} and [1], default=list))
print(json.dumps(set([3]), default=sorted))
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=E))
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"a": 1, "b": 2}]', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c))
print(json.loads(b'{"x": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
print(json.loads('"a\x01b"', strict=False))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('[1] extra'))
print(isinstance(json.JSONDecodeError('m', 'doc', 1), ValueError))
import io
f = io.StringIO()
json.dump({"k": [1, 2]}, f, indent=1)
print(f.getvalue())
print(json.load(io.StringIO('[true]')))
class IE(int): pass
print(json.dumps([IE(3), 2.0, -0.0, 1e16, 123.456]))
