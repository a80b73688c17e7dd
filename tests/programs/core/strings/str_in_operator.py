s = "the quick brown fox"
for sub in ["quick", "Quick", "", "fox", "the quick", "x", "xo", " ", "brown fox", "fox "]:
    print(repr(sub), sub in s, sub not in s)
print("a" in "a", "aa" in "a", "" in "")
print("\n" in "a\nb", "\\" in r"a\b")
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(["a"] in "abc")
except TypeError as e:
    print(type(e).__name__, e)
vowels = "aeiou"
print([c for c in s if c in vowels])
print(sum([1 for c in s if c not in vowels and c != " "]))
print("abc" in ["abc", "def"], "ab" in ["abc"], "a" in ("a", "b"))
print("k" in {"k": 1}, "v" in {"k": "v"})
checks = ["ell", "llo", "hello!", "oh"]
print([c in "hello" for c in checks])
