def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)


def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b, "not sorted: %r > %r" % (a, b)
    return True


print(mean([1, 2, 3, 4]))
print(check_sorted([1, 2, 2, 5]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
data = [3, 1, 2]
print("checking", data)
check_sorted(sorted(data))
print("sorted ok")
check_sorted(data)
print("not reached")
