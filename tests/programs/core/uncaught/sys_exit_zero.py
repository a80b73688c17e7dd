import sys
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
