print([1, 2, 1].index(1), [1, 2, 1].index(1, 1))
colors = ["red", "green", "blue"]
for c in colors:
    print(c, colors.index(c), colors.count(c))
print("green" in colors, "pink" in colors)
print(colors.index("blue", 1), colors.index("red", -3))
nums2 = list(range(10, 60, 10))
print(nums2, nums2.index(30))
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
