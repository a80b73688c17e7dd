# The string module's constants and capwords; the gc module's switches.
import string
import gc

for n in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
          "octdigits", "punctuation", "printable", "whitespace"]:
    print(n, repr(getattr(string, n)))
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"))
print(gc.collect(), gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
print(sum(c in string.punctuation for c in "Hello, world!"))
