# probes: a while loop of int arithmetic (Collatz)
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def main():
    best = 0
    for i in range(1, 150000):
        s = collatz(i)
        if s > best:
            best = s
    print(best)
main()
