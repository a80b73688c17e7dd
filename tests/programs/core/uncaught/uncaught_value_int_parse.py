print(int("1010", 2), int("  12  "), int("-0"))
print(int("  -42\n"), int("0x1A", 16), int("777", 8))
raw = ["12", " 7 ", "-3", "+8", "1_000", "0"]
nums = []
for r in raw:
    n = int(r)
    nums.append(n)
    print(repr(r), "->", n)
print(sum(nums))
print(int("ff", 16), int("0b101", 0), int("z", 36))
try:
    int("4.5")
except ValueError as e:
    print("caught:", e)
user_input = ["10", "20", "x30", "40"]
total = 0
for s in user_input:
    print("parsing", repr(s))
    total += int(s)
    print("total", total)
