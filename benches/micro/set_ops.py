# probes: set add, union and membership
def main():
    t = 0
    for r in range(300):
        s = set()
        for i in range(3000):
            s.add((i * 31) % 1009)
        u = s | {1, 2, 3}
        t += len(s) + len(u) + (5 in s)
    print(t)
main()
