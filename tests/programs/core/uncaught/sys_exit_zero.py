import sys
steps = []
n = 6
while n != 1:
    steps.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(steps, len(steps))
print("exit status zero means success")
total = 0
for i in range(10):
    total += i
    if total > 20:
        print("threshold reached at", i, total)
        break
else:
    print("never reached threshold")
print("done computing")
if total > 20:
    sys.exit(0)
print("unreachable")
