# Module attributes through the per-instruction entry hint: functions called
# as module methods, values read, rebound and deleted mid-loop.
import math


def roots(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i) + math.pi
    return round(t, 6)


print(roots(500))
saved = math.sqrt
math.sqrt = lambda x: 1.0
print(roots(500))
del math.sqrt
try:
    roots(3)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
math.tau_twice = math.tau * 2
print(roots(10), math.tau_twice)
