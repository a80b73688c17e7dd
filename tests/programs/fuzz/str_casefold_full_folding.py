# Found by tools/fuzz.py (seed 85): str.casefold() must apply Unicode full case
# folding like CPython ("straße" -> "strasse", ligatures expand), not just lower().
words = ["straße", "ß", "ﬁ", "ﬃ", "ŉ", "MASSE", "Σίσυφος", "abc"]
for w in words:
    f = w.casefold()
    print(repr(w), repr(f), len(f))
print("straße".casefold() == "STRASSE".casefold())
print(sorted(["Straße", "strasse", "STRASSE"], key=str.casefold))
