# probes: iterating a dict by items() and by key with lookups
def main():
    d = {i: i * i for i in range(10000)}
    t = 0
    for r in range(100):
        for k, v in d.items():
            t += k ^ v
        for k in d:
            t += d[k] & 1
    print(t)
main()
