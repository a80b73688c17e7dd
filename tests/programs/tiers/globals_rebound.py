# Global variables rebound (and changing type) during hot loops.
SCALE = 2
LIMIT = 10
NAMES = ["a", "b"]

def use(i):
    return i * SCALE + LIMIT

def run(n):
    global SCALE, LIMIT
    acc = 0
    for i in range(n):
        if i == n // 3:
            SCALE = 5
        if i == 2 * n // 3:
            SCALE = 0.25
            LIMIT = 2**70
        acc += use(i % 100)
        if i % (n // 6) == 0:
            print(i, SCALE, repr(acc))
    return acc

print("run", repr(run(6000)))

def bump():
    global COUNTER
    COUNTER += 1

COUNTER = 0
for i in range(4000):
    bump()
    if i == 2000:
        COUNTER = COUNTER * 1.0
print("COUNTER", repr(COUNTER))

def appender(i):
    NAMES.append(NAMES[-1] + str(i % 2))
    if len(NAMES) > 8:
        del NAMES[1:4]

for i in range(3000):
    appender(i)
print(len(NAMES), NAMES[0], len(NAMES[-1]))

def read_g():
    return G

G = 1
s = 0
for i in range(5000):
    s += read_g()
    if i % 1000 == 999:
        G = G + 1
print("G", s, G)
for i in range(2000):
    if i == 1000:
        G = "g"
    s = read_g()
print(s)
