def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            raise KeyboardInterrupt
        if n == 2:
            raise SystemExit(4)
        return "fine"
    except:
        return "bare caught"


for i in range(4):
    print(i, f(i))

try:
    try:
        raise TypeError("inner")
    except:
        print("handling")
        raise
except TypeError as e:
    print("re-raised:", e)

count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        count += 1
    except:
        count += 10
print(count)
import sys
try:
    raise IndexError("abc")
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
