# probes: str split, join, upper, count, startswith
def main():
    line = "the quick brown fox jumps over the lazy dog " * 4
    t = 0
    for i in range(60000):
        parts = line.split()
        s = "-".join(parts)
        t += len(s.upper()) + s.count("o") + (1 if s.startswith("the") else 0)
    print(t)
main()
