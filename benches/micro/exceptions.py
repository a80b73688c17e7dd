# probes: raising and catching an exception from a callee, '%d' messages
def f(i):
    if i % 3 == 0:
        raise ValueError("bad %d" % i)
    return i
def main():
    t = 0
    for i in range(300000):
        try:
            t += f(i)
        except ValueError as e:
            t -= 1
    print(t)
main()
