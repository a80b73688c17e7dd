a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2])
print(a[-100:100], a[100:], a[:-100], a[5:2], a[-1:-5], a[-1:-5:-1])
print(a[3:3], a[10:], a[9:10], a[100:-100:-1], a[-100:100:3])
for start in [None, -12, -3, 0, 4, 12]:
    for stop in [None, -12, -2, 0, 6, 12]:
        print(start, stop, a[start:stop], a[start:stop:-1])
b = a[:]
b[0] = 99
print(a[0], b[0])
print(a[2:8][::-1][1:3])
print(a[::-1][::-1] == a)
s = list("abcdefgh")
print(s[1:7:2], s[7:1:-2], s[-1::-3], s[:-9:-1])
print(s[2:2], s[5:2:1], s[2:5:-1])
print(s[::4], s[1::4], s[-2::-4])
print(s[0:100:2], s[-100::3])
print(len(s[::2]), len(s[1::2]), len(s[::-1]))
print(s[::len(s)], s[::-len(s)])
