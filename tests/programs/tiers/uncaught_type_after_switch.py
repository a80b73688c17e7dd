# A hot loop's operand silently becomes a str and the addition fails.
def combine(acc, v):
    return acc + v

def checked_sum(vals):
    acc = 0
    bad = 0
    for v in vals:
        try:
            acc = combine(acc, v)
        except TypeError:
            bad += 1
    return acc, bad

vals = [i % 9 for i in range(6000)]
vals[100] = 2.5
print("checked", checked_sum(vals))
vals[100] = 1
vals[200] = "x"
print("checked", checked_sum(vals))
vals[200] = 2
vals[4321] = "oops"
acc = 0
for i, v in enumerate(vals):
    if i % 600 == 0:
        print(i, acc)
    acc = combine(acc, v)
print("never", acc)
