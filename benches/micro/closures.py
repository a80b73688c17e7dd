# probes: calls of closures over a loop variable
def make(k):
    def f(x):
        return x * k + 1
    return f
def main():
    fs = [make(i) for i in range(10)]
    t = 0
    for i in range(200000):
        for f in fs:
            t += f(i) & 255
    print(t)
main()
