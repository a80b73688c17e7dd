def parse_numbers(text):
    out = []
    for token in text.split(","):
        token = token.strip()
        print("token", repr(token))
        out.append(int(token))
    return out


print(parse_numbers("1, 2, 3"))
print(sum(parse_numbers("10,20")))
try:
    parse_numbers("4, x")
except ValueError as e:
    print("caught:", e)
print(parse_numbers(" 7 ,8"))
print(parse_numbers("-3, +4, 0"))
print(int("  12  "), int("0"), int("-0"))
print(parse_numbers("9, 10, 11.5"))
print("not reached")
