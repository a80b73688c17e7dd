s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:3]), s[3:100])
print(s[2:10:3], s[10:2:-3], s[-3:-10:-2])
print(repr(s[::100]), repr(s[::-100]))
print(s[-100:100], s[100:-100:-1])
print(repr(s[0:0]), repr(s[5:5]))
for i in range(-3, 3):
    print(i, s[i])
t = "abcdefghij"
for step in [1, 2, 3, -1, -2, -3]:
    print(step, t[::step], t[2:8:step], t[8:2:step])
print(t[None:None:None], t[None:3], t[7:None])
print("x"[0], "x"[-1], "xy"[1:], repr("xy"[2:]))
print(len(s), len(""), len(" "), len("\n\t"))
w = "python"
print(w[0] + w[-1], w[1:-1], w[-3:], w[:-3], w[::3], w[::-3])
print(w[1:5:2] + w[5:0:-2])
print([w[i:i + 2] for i in range(0, len(w), 2)])
