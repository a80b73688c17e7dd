# Found by tools/fuzz.py (seed 93): the TypeError of a bitwise or shift operator
# between a bool and a float names the operand type 'bool', not 'int'.
def message(f):
    try:
        f()
    except TypeError as e:
        return str(e)
    return "no error"


cases = [
    lambda: True | 1.5,
    lambda: 1.5 & False,
    lambda: True ^ 0.5,
    lambda: True << 2.0,
    lambda: 1.5 >> True,
    lambda: False & 2.5,
    lambda: True + "a",
]
for f in cases:
    print(message(f))
