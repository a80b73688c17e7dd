# stresses: dict get/set with string keys, string split/lower/join, LCG-generated text
N = 2600000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "el"]


def make_text(n):
    lines = []
    line = []
    x = 12345
    ns = len(SYLLABLES)
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 16) % 3
        parts = []
        y = x
        for _ in range(k):
            parts.append(SYLLABLES[y % ns])
            y = y // ns
        w = "".join(parts)
        if (x >> 8) % 7 == 0:
            w = w.upper()
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def main():
    text = make_text(N)
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    ranked = []
    for w in counts:
        ranked.append((-counts[w], w))
    ranked = sorted(ranked)
    top = []
    for negc, w in ranked[:10]:
        top.append(w + "=" + str(-negc))
    distinct = len(counts)
    total = 0
    for w in counts:
        total += counts[w] * len(w)
    return distinct, total, ",".join(top)


if __name__ == "__main__":
    d, t, top = main()
    print(d)
    print(t)
    print(top)
