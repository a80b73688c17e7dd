for c in "AZaz09 ~\n":
    print(repr(c), ord(c))
for i in [65, 97, 48, 32, 10, 0, 127, 128, 255, 256, 960, 8364, 0x10FFFF]:
    print(i, repr(chr(i)))
print("".join([chr(ord("a") + i) for i in range(26)]))
print([ord(c) - ord("0") for c in "2024"])
shifted = "".join([chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello world"])
print(shifted)
back = "".join([chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in shifted])
print(back)
for bad in [-1, 0x110000, -100]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
