lst = [1, 2, 3, 4]
lst[0] += 10
lst[1] -= 5
lst[2] *= 3
lst[3] //= 3
print(lst)
lst[-1] **= 5
lst[0] %= 7
print(lst)
m = [[1, 2], [3, 4]]
m[0][1] += 100
m[1][0] <<= 2
m[1][1] |= 8
print(m)
d = {"a": 1, "b": [1]}
d["a"] += 1
d["b"] += [2]
d["b"] *= 2
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
counter = {}
for ch in "hello world":
    counter[ch] = counter.get(ch, 0)
    counter[ch] += 1
print(counter)
idx = 0
arr = [0, 0, 0]
for i in range(7):
    arr[idx % 3] += i
    idx += 1
print(arr)
f = 1.5
f += 1
f *= 2
f -= 0.5
f /= 2
f //= 1
print(f)
b = 0b1010
b ^= 0b1111
b &= 0b0110
b >>= 1
print(b)
nested = {"x": {"y": [0, 0]}}
nested["x"]["y"][1] += 5
print(nested)
