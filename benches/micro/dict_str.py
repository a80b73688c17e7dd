# probes: dict get/set with str keys
def main():
    d = {}
    words = ["w%d" % i for i in range(1000)]
    for r in range(300):
        for w in words:
            d[w] = d.get(w, 0) + 1
    print(len(d), d["w5"])
main()
