# probes: f-strings with int and '.2f' float fields
def main():
    t = 0
    for i in range(300000):
        s = f"item {i}: {i * 2.5:.2f} [{i % 7}]"
        t += len(s)
    print(t)
main()
