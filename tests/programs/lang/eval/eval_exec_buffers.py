# eval(), exec() and compile() take their source from bytes-like objects too.
print(eval(b"6 * 7"), eval(bytearray(b"[1, 2][-1]")), eval(memoryview(b"'mv'.upper()")))
ns = {}
exec(bytearray(b"a = 5\nb = a * 2"), ns)
exec(memoryview(b"c = b + 1"), ns)
exec(b"print('from bytes', c)", ns)
print(ns["a"], ns["b"], ns["c"])
code = compile(bytearray(b"x + 1"), "<buf>", "eval")
print(eval(code, {"x": 41}))
print(eval(compile(memoryview(b"'ok'"), "<mv>", "eval")))
print(eval("'caf\u00e9'".encode()))
for bad in (5, None, [b"1"]):
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        compile(bad, "f", "exec")
    except TypeError as e:
        print(type(e).__name__, e)
