# str.format field names: [key] indexes are ints only when all digits,
# brackets may hold ':', '!', '{' and '}', and malformed names raise
# CPython's ValueErrors.
def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)


data = [10, 20, 30]
table = {"}": "close", "{": "open", ":": "colon", "!": "bang", "a": [1, 2], "-1": "minus one"}

show("{0[1]}", data)
show("{0[-1]}", data)
show("{0[+1]}", data)
show("{0[ 1]}", data)
show("{0[-1]}", table)
show("{+0}", data)
show("{ 0}", data)
show("{0[}]}", table)
show("{0[{]}", table)
show("{0[:]}|{0[!]}", table)
show("{0[a][1]}", table)
show("{0[a].real}", {"a": 5})
show("{0[1]!r:>5}", ["x", "y"])
show("{t[a][0]:03d}", t=table)

# Malformed field names.
show("{0.}", data)
show("{0..real}", data)
show("{0[]}", data)
show("{0[1]x}", data)
show("{0[1]x.y}", data)
show("{0[}", data)
show("{0[1][}", data)
show("{a[}", a=data)
show("{0.a[}", data)
show("{0", data)
show("{", data)
show("x{", data)
show("{0:[}", data)

# Nesting depth and numbering.
show("{0:{1:{2}}}", 1, 2, 3)
show("{:{:{}}}", 1, 2, 3)
show("{0:{1}}", 3.14159, ".2f")
show("{:{}}", "ab", ">4")
show("{0:{}}", 1, 2)

# format_map keeps the same rules.
print("{x[0]}-{x[k]}".format_map({"x": {0: "zero", "k": "kay"}}))
try:
    print("{x[-0]}".format_map({"x": {0: "zero"}}))
except KeyError as e:
    print("KeyError", e)
