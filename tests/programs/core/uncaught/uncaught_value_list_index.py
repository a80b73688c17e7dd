letters = list("abcdefg")
print(letters)
for ch in "aceg":
    print(ch, letters.index(ch))
print(letters.index("d", 2), letters.index("g", -2))
letters.reverse()
print(letters, letters.index("a"))
nums = [5, 3, 5, 1]
print(nums.index(5), nums.index(5, 1), nums.index(1))
print(nums.count(5))
print("searching for 9")
print(nums.index(9))
