# A StopIteration raised by the function map/filter call ends the iteration for
# every consumer (list, for, yield from, sorted, sum) but next() still sees it.
def stop_at_zero(x):
    if x == 0:
        raise StopIteration
    return x * 10
m = map(stop_at_zero, [1, 0, 2])
print(list(m), list(m))
for v in map(stop_at_zero, [3, 0, 4]):
    print("loop", v)
print(list(filter(stop_at_zero, [5, 0, 6])))
def gen():
    yield from map(stop_at_zero, [7, 0, 8])
print(list(gen()))
print(next(map(stop_at_zero, [0]), "default"))
try:
    next(map(stop_at_zero, [0]))
except StopIteration:
    print("next raised StopIteration")
print(sorted(map(stop_at_zero, [2, 1, 0, 9])), tuple(map(stop_at_zero, [0])), sum(map(stop_at_zero, [1, 2, 0, 5])))
