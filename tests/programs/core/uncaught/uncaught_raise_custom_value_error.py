def validate_age(age):
    if not isinstance(age, int):
        raise TypeError("age must be int, got " + type(age).__name__)
    if age < 0:
        raise ValueError("age cannot be negative: " + str(age))
    return age
for a in [0, 30, 120]:
    print("valid", validate_age(a))
for bad in ["x", 2.5]:
    try:
        validate_age(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    validate_age(-1)
except ValueError as e:
    print("ValueError:", e)
ages = [5, 15, -20, 25]
for a in ages:
    print("checking", a)
    validate_age(a)
print("unreachable")
