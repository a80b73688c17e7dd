# probes: list comprehensions with a condition, sum and len
def main():
    t = 0
    for r in range(300):
        xs = [i * 2 for i in range(3000) if i % 3]
        t += sum(xs) + len(xs)
    print(t)
main()
