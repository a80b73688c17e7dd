# probes: recursion memoized in a dict of a closure
def main():
    t = 0
    for r in range(300):
        memo = {}
        def f(n):
            if n < 2:
                return n
            if n in memo:
                return memo[n]
            v = f(n - 1) + f(n - 2)
            memo[n] = v
            return v
        t += f(900) % 1000
    print(t)
import sys
sys.setrecursionlimit(5000)
main()
