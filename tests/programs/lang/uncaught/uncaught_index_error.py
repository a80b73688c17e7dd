def middle(seq):
    return seq[len(seq) // 2]


def pairs(seq):
    out = []
    for i in range(0, len(seq), 2):
        print("pair starting at", i)
        out.append((seq[i], seq[i + 1]))
    return out


print(middle([1, 2, 3]))
print(middle("abcd"))
print(pairs([1, 2, 3, 4]))
try:
    middle([])
except IndexError as e:
    print("caught:", e)
print(pairs("abcdef"))
print(pairs([10, 20, 30]))
print("not reached")
