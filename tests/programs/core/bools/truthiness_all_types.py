values = [0, 1, -1, 0.0, -0.0, 0.5, float("inf"), float("nan"), "", "a", " ", "0",
          [], [0], [[]], (), (0,), (None,), {}, {"": 0}, {0: 0}, None, True, False,
          range(0), range(1), range(5, 5), range(5, 4, -1), 10**100, -10**100]
for v in values:
    print(repr(v), bool(v), not v, "yes" if v else "no")
count = 0
for v in values:
    if v:
        count += 1
print(count)
print(len([v for v in values if v]))
print(len(list(filter(None, values))))
print(any(values), all(values))
print(all([1, "a", [0]]), any([0, "", []]))
i = 3
while i:
    print("loop", i)
    i -= 1
lst = [1, 2]
while lst:
    print("pop", lst.pop())
