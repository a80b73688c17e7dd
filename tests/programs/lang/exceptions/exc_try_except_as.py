def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e, type(e).__name__)
        return None
    return result


print(divide(10, 4))
print(divide(1, 0))
try:
    int("abc")
except ValueError as err:
    print("ValueError:", err)
    print(err.args)
try:
    [1, 2][5]
except IndexError as err:
    print("IndexError:", err)
try:
    {"a": 1}["b"]
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    None + 1
except TypeError as err:
    print("TypeError:", err)
try:
    undefined_name_here
except NameError as err:
    print("NameError:", err)
try:
    1 // 0
except ZeroDivisionError as err:
    print(err)
try:
    1 % 0
except ZeroDivisionError as err:
    print(err)
try:
    1.0 / 0
except ZeroDivisionError as err:
    print(err)
try:
    pass
except Exception as err:
    print("never")
print("end")
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e2:
    print("err was unbound:", e2)
