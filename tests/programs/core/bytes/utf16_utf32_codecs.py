# UTF-16 and UTF-32: byte-order marks, explicit byte orders, round trips
# (including characters beyond the BMP) and truncated input.
text = "Hé\U0001F600z"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF-32LE", "utf_32_be", "utf16"]:
    data = text.encode(enc)
    print(enc, len(data), data[:6], data.decode(enc) == text, bytearray(data).decode(enc) == text)
print(b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00B".decode("utf-32"))
print(str(b"h\x00i\x00", "utf-16-le"), "".encode("utf-16"), b"".decode("utf-32"))
for data, enc in [(b"A\x00B", "utf-16-le"), (b"\x00\xd8A\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"AB", "utf-32")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
