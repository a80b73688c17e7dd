print("a" < "b", "a" < "B", "A" < "a", "Z" < "a")
print("abc" < "abd", "abc" < "ab", "ab" < "abc", "" < "a")
print("apple" == "apple", "apple" != "Apple")
print("10" < "9", "100" < "20")
print("a" <= "a", "b" >= "a", "b" > "ba")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "", "a"]))
print(max(["x", "xy", "xyz", "w"]), min(["x", "xy", "xyz", "w"]))
print("\u00e9" > "z", "z" < "\u4e2d")
print(" " < "0" < "A" < "_" < "a" < "~")
print("abc" < "abc\x00")
print(("a", 1) < ("a", 2), ("b",) > ("a", 99))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print("a" * 3 == "aaa", "a" + "b" == "ab")
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 >= "a")
except TypeError as e:
    print(type(e).__name__, e)
print("1" == 1, "a" != None)
