vals = [0, 1, -1, 7, 8, 15, 16, 255, 256, -255, 1024, 2**32, 2**64 - 1, -2**64, 10**20]
for v in vals:
    print(v, hex(v), oct(v), bin(v))
print(hex(True), oct(False), bin(True))
print(repr(hex(255)))
print(len(bin(2**100)))
print(int(hex(2**100), 16) == 2**100)
print(int(oct(12345), 8))
print(int(bin(-12345), 2))
print(int(bin(-12345), 0))
print(type(hex(1)))
print(hex(-1), oct(-1), bin(-1), hex(-256))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 20))
print(int("0x" + "ff" * 10, 16), int("-0b1111", 2), int("0o-7".replace("-", ""), 8))
print(hex(0), oct(0), bin(0), hex(16), oct(8), bin(2))
for n in range(0, 33, 4):
    print(n, hex(n), oct(n), bin(n))
words = [0xCAFE, 0xBABE, 0o644, 0b1001]
print(words, [hex(w) for w in words])
print(sum(words), hex(sum(words)), bin(sum(words)))
print(int("0b" + "1" * 8, 0), int("0o" + "7" * 3, 0), int("0x" + "f" * 4, 0))
