# probes: for i, (x, y) in enumerate(zip(a, b))
def main():
    a = list(range(5000))
    b = [x * 2 for x in a]
    t = 0
    for r in range(200):
        for i, (x, y) in enumerate(zip(a, b)):
            t += i + x - y
    print(t)
main()
