# Found by tools/fuzz.py (seed 122): str.isdecimal() is True only for characters of
# Unicode category Nd; superscript digits are digits (isdigit) but not decimals.
for ch in ["²", "³", "¹", "½", "٣", "5", "Ⅻ", "①", "x²"]:
    print(repr(ch), ch.isdecimal(), ch.isdigit(), ch.isnumeric())
