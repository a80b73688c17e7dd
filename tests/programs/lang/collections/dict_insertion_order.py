d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
print(list(d.keys()))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
print(d == {"zeta": 0, "alpha": 99, "mid": 3, "beta": 4})
e = dict(sorted(d.items()))
print(e)
f = dict(sorted(d.items(), key=lambda kv: kv[1]))
print(f)
print(list(reversed(d)))
first_key = next(iter(d))
print(first_key)
nums = {3: "c", 1: "a", 2: "b"}
print(nums, list(nums.values()))
print({k: nums[k] for k in sorted(nums)})
merged = {"x": 1}
merged.update({"y": 2, "x": 3})
print(merged)
print(repr({}), repr({"k": [1, {"n": None}]}))
print(str({"s": 'q"uote', "t": "it's"}))
