maybe = [1, None, 3]
print([m is None for m in maybe], [m == None for m in maybe])
print(None == 0, None != False, repr(None))
scores = [88, 92, None, 75]
valid = [s for s in scores if s is not None]
print(valid, max(valid), min(valid))
print(sorted(valid))
print(None is None, None == None)
best = None
for s in valid:
    if best is None or s > best:
        best = s
print("best", best)
print(len(scores))
print("comparing with None")
best = None
for s in scores:
    if best is None or s > best:
        best = s
    print("best so far", best)
