import math
def mean(values):
    return sum(values) / len(values)
print(mean([1, 2, 3]), mean([2.5, 3.5]))
print(math.sqrt(9), math.sqrt(0.0), math.sqrt(1e-10))
def std(values):
    n = len(values)
    mean = sum(values) / n
    var = sum([(v - mean) ** 2 for v in values]) / n
    return math.sqrt(var)
print(std([1, 2, 3, 4]))
print(std([10, 10, 10]))
def bad_std(values):
    n = len(values)
    mean = sum(values) / n
    var = sum([v * v for v in values]) / n - mean * mean - 1
    print("var", var)
    return math.sqrt(var)
print(bad_std([0, 10]))
print(bad_std([5, 5]))
