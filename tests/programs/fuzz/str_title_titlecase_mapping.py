# Found by tools/fuzz.py (seed 69): str.title() and str.capitalize() use the
# Unicode titlecase mapping: "ǆ" -> "ǅ" (not "Ǆ"), "ß" -> "Ss" (not "SS").
for w in ["ß", "ßa ßb", "ǆemal", "ǆ", "Ǆ", "ǅ", "ﬁsh", "straße weg"]:
    print(repr(w), repr(w.title()), repr(w.capitalize()))
