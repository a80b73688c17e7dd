# bytes and bytearray in hot functions (compiled by the JIT tiers)
def checksum(data):
    total = 0
    for c in data:
        total = (total * 31 + c) % 1000003
    return total

def index_sum(data):
    s = 0
    for i in range(len(data)):
        s += data[i] ^ data[-1 - i]
    return s

def build(n):
    out = bytearray()
    for i in range(n):
        out.append(i % 256)
        if i % 7 == 0:
            out += b"\x07"
    return bytes(out)

def rot13(data):
    res = bytearray(data)
    for i in range(len(res)):
        c = res[i]
        if 97 <= c <= 122:
            res[i] = (c - 97 + 13) % 26 + 97
        elif 65 <= c <= 90:
            res[i] = (c - 65 + 13) % 26 + 65
    return res

def count_words(data):
    counts = {}
    for w in data.split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())

def mixed(x):
    if x % 3 == 0:
        return b"b" * (x % 5)
    if x % 3 == 1:
        return "s" * (x % 5)
    return bytearray(b"a") + bytes([x % 256])

blob = build(3000)
print(len(blob), checksum(blob), index_sum(blob))
for k in range(200):
    r = rot13(b"Hello, World! abcxyz")
print(r, rot13(r))
text = b"the quick brown fox jumps over the lazy dog the end " * 20
for k in range(50):
    wc = count_words(text)
print(wc)
acc = []
for x in range(300):
    acc.append(mixed(x))
print(acc[:8], len(acc), sum(len(v) for v in acc))
total = 0
for k in range(2000):
    b = (k % 256).to_bytes(1, "big")
    total += b[0] + (b"xyz".find(b"z") if k % 2 else len(b.hex()))
    if b in b"\x01\x02\x03":
        total += 1000
print(total)
