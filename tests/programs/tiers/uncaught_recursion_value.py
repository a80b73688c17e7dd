# Recursion that has been hot for a while raises ValueError at the bottom of a deep call.
def walk(n, budget):
    if budget == 0:
        raise ValueError("budget exhausted with %d left" % n)
    if n == 0:
        return 0
    return walk(n - 1, budget - 1) + n

def safe_walk(n, budget):
    try:
        return walk(n, budget)
    except ValueError as e:
        return str(e)

s = 0
for i in range(300):
    s += walk(i % 50, 60)
print("warm", s)
caught = []
for i in range(200):
    r = safe_walk(i % 40, 30)
    if isinstance(r, str) and i % 40 == 35:
        caught.append(r)
print("caught", caught)
for k in range(40, 80, 5):
    print(k, walk(k, 70))
print("never")
