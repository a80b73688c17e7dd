# compile(): code objects run by exec() and eval(); 'single' mode echoes
# expression values; SyntaxError instances carry msg, filename, lineno, offset, text.
code = compile("print(x)", "file", "exec")
try:
    exec(code)
except NameError as e:
    print("NameError", e)
x = 1
exec(code)
exec(code, {"x": 2})
exec(code, {}, {"x": 3})

print(eval(compile("3 * 4", "<expr>", "eval")))
print(eval(compile("y = 3", "<stmts>", "exec")), y)
exec(compile("1 + 1", "<single>", "single"))
exec(compile("z = 10", "<single>", "single"))
print(z)
exec(compile(b"print('from bytes')", "b", "exec"))
exec(compile(source="print('keywords')", filename="k", mode="exec"))
print(type(code).__name__, repr(code).startswith("<code object <module> at 0x"), repr(code).endswith(', file "file", line 1>'))

for bad in [("1", "f", "nope"), (1, "f", "exec")]:
    try:
        compile(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for src in ["1 +", "x = (", "def f(:\n  pass", "a b", "f(**a, *b)", "if 1:\nx = 2"]:
    try:
        compile(src, "/some/dir/prog.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), len(e.args))

try:
    exec("value = 1 +")
except SyntaxError as e:
    print(e, e.args[1][:4])

custom = SyntaxError("custom", ("f.py", 3, 4, "text"))
print(custom, custom.msg, custom.lineno, custom.offset, custom.filename, custom.text, custom.end_lineno)
plain = SyntaxError("plain")
print(plain, plain.msg, plain.lineno, plain.args)
