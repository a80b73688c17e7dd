# str.translate with tables from str.maketrans (1, 2 and 3 arguments),
# dicts and sequences; maketrans is static (callable on an instance).
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("abcdd-cab".translate(table))
print("hello".translate({ord("l"): "LL", ord("o"): None, ord("h"): 72}))
print("ab\x02".translate(["zero", "one", "two"]))
print("x".maketrans({"a": "b", 99: None}))
print(dict.fromkeys("ab", 0), {}.fromkeys([1]))
for args in [("ab", "c"), (1,), ({"ab": 1},), ({1.5: 1},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: -1}]:
    try:
        "a".translate(table)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# %a formats with ascii() (non-ASCII characters escaped).
print("%a|%6a|%r" % ("é", "x", "é"), "{!a}".format("ü"))
