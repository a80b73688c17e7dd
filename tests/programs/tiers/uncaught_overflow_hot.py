# An int grows inside a hot loop until converting it to float overflows.
def mix(v, i):
    return float(v) / 2.0 ** (i + 1)

def warm():
    t = 0.0
    for i in range(3000):
        t += mix(i * 7 + 1, i % 50)
    return t

print("warm", repr(warm()))
bits = []
v = 3
ratio = 0.0
for i in range(5000):
    v = v * 7 + 1
    if i % 100 == 0:
        bits.append(v.bit_length())
    ratio = mix(v, i)
    if i % 40 == 0:
        print(i, v.bit_length(), repr(ratio)[:12])
    if i == 350:
        print("bits so far", bits)
print("never", ratio)
