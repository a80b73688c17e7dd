# probes: sorted() with a key lambda and of (int, int) tuples
def main():
    xs = [(i * 7919) % 10007 for i in range(20000)]
    t = 0
    for r in range(30):
        ys = sorted(xs, key=lambda v: -v)
        t += ys[0] + ys[-1]
        zs = sorted([(v % 100, v) for v in xs])
        t += zs[5][1]
    print(t)
main()
