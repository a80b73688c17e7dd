# binascii: CRC-32, hex and base64 conversions.
import binascii

samples = [b"", b"x", b"ab", b"abc", b"tierpy!", bytes(range(0, 256, 7))]
for data in samples:
    encoded = binascii.b2a_base64(data)
    print(binascii.crc32(data), binascii.crc32(data, 0xDEADBEEF), binascii.hexlify(data), encoded,
          binascii.a2b_base64(encoded) == data)

running = 0
for chunk in (b"hello ", b"wor", b"ld"):
    running = binascii.crc32(chunk, running)
print(running == binascii.crc32(b"hello world"))
print(binascii.unhexlify("7469"), binascii.a2b_hex(b"00ff"), binascii.b2a_hex(b"\x01\x02", ":"))
print(binascii.b2a_base64(b"no newline", newline=False), binascii.a2b_base64("dGllcg==\n"))

for bad in ("abc", "0g"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
for bad in (b"dGllc", b"dGll=", b"d"):
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.crc32("text")
except TypeError as e:
    print("TypeError", e)
print(issubclass(binascii.Error, ValueError))
