# isalpha/isalnum follow the letter categories (L*) and numeric characters,
# not a wider "alphabetic" property: combining marks and vowel signs are neither.
samples = [
    "abc", "Hallo", "\u00f1", "n\u0303", "\u0303", "\u0345", "\u093f", "\u0915\u093f",
    "\u2160", "\u00bd", "\u00b2", "\u0660", "\u3405", "\u02b0", "\u01c5", "x1", "", "a b",
    "\u0363", "\u036e", "\U0001d400", "\u3007",
]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isnumeric())

# Repeating an exact str, bytes or tuple once gives back the same object.
class S(str):
    pass

for v in ["ab", S("ab"), (1, 2), b"xy", [1]]:
    print(type(v).__name__, v * 1 is v, 1 * v is v, v * 2 is v, v * 0 is v)
