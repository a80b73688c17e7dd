for n in [0, 5, -5, 255, 4096, -4096, 2**40, 123456789]:
    print(n, hex(n), oct(n), bin(n))
print(hex(0xABC), oct(0o17), bin(0b101))
print(int(hex(999), 16), int(oct(999), 8), int(bin(999), 2))
print(chr(65), chr(97), chr(48), ord("A"), ord("a"), ord("0"))
print([chr(i) for i in range(65, 75)])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(bin(255).count("1"), len(bin(2**20)) - 2, hex(255).upper(), hex(255)[2:])
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
