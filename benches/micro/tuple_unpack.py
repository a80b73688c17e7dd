# probes: tuple packing and unpacking in a loop
def main():
    a, b = 0, 1
    t = 0
    for i in range(1000000):
        a, b = b, (a + b) & 0xffff
        t ^= a
    print(t)
main()
