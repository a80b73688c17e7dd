# MemoryError raised from a hot loop in every tier, caught, and the loop goes on.
def grow(n):
    caught = 0
    for i in range(n):
        try:
            x = [i] * (10**12 + i)
        except MemoryError:
            caught += 1
        if i % 1000 == 0:
            s = "ab" * (10**11)
    return caught


try:
    print(grow(3000))
except MemoryError:
    print("MemoryError escaped")
print([0] * (2**40))
