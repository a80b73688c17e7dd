# stresses: string concatenation, slicing, replace, split, join, find, count, upper, str(int), char iteration
N = 3600000
BLOCK = 1000


def build_block(start, count):
    pieces = []
    for i in range(start, start + count):
        pieces.append("item" + str(i) + ":" + str(i * 7 % 13))
    return pieces


def main():
    checksum = 0
    s = ""
    total_len = 0
    for start in range(0, N, BLOCK):
        pieces = build_block(start, BLOCK)
        for t in pieces:
            s += t[2:6]
            if len(s) > 2000:
                s = s[len(s) // 2:]
                checksum += len(s)
        big = ";".join(pieces)
        big = big.replace("item", "it").replace(":1", "#one")
        total_len += len(big)
        parts = big.split(";")
        for p in parts:
            k = p.find("#")
            if k >= 0:
                checksum += k
            checksum += len(p)
        text = "-".join(parts[:300]).upper()
        text = text[::-1]
        checksum += text.count("T") + text.find("ENO") + len(text.split("-"))
        q = ""
        for ch in text[:1500]:
            if ch == "-":
                q += "+"
            else:
                q += ch
        checksum += q.count("+") + ord(q[start % 1000])
        checksum = checksum % 1000000007
    return checksum, total_len, s[:20]


if __name__ == "__main__":
    c, n, head = main()
    print(c)
    print(n)
    print(head)
