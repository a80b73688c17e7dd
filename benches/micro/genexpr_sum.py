# probes: sum() over a filtered generator expression
def main():
    t = 0
    for r in range(300):
        t += sum(i * i for i in range(5000) if i & 1)
    print(t)
main()
