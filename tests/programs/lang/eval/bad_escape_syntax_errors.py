# Truncated \x, \u and \U escapes are SyntaxErrors with CPython's messages
# (raw literals keep them; bytes have no \u escapes).
sources = [
    r"s = 'ab\x4'",
    r"s = '\u12'",
    r"s = 'ok' + 'x\U0001F60'",
    r"s = b'\x'",
    r"s = b'12\xZZ'",
    r"s = '''multi" + "\n" + r"line \x1'''",
    r"s = f'{1}\x9'",
]
for src in sources:
    try:
        exec(src)
        print("no error")
    except SyntaxError as e:
        print(e.msg, e.lineno)

print(r'\x4', b'\u12', rb'\x', len('\x41\u0042\U00000043'), b'\x41')
