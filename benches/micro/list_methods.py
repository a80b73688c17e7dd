# probes: append, reverse, insert, pop, index, slicing and sort of a list
def main():
    t = 0
    for r in range(2000):
        xs = []
        for i in range(300):
            xs.append(i)
        xs.reverse()
        xs.insert(0, 5)
        t += xs.pop() + xs.pop(0) + xs.index(100) + len(xs[10:50])
        xs.sort()
        t += xs[-1]
    print(t)
main()
