# probes: a linear congruential generator leaving the inline int range
def main():
    x = 12345
    t = 0
    for i in range(1000000):
        x = (x * 1103515245 + 12345) % 2147483648
        t += x >> 16
    print(t)
main()
