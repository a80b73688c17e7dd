def checked(values, label):
    for v in values:
        print(label, "checking", v)
        yield v


print(any(checked([0, 0, 3, 0, 5], "any")))
print(all(checked([1, 2, 0, 4], "all")))
print(any(checked([], "empty-any")))
print(all(checked([], "empty-all")))
print(any(v > 2 for v in checked([1, 2, 3, 4], "gt2")))
print(all(v < 3 for v in checked([1, 2, 3, 4], "lt3")))
g = checked([0, 1, 2, 3], "shared")
print(any(g))
print(list(g))
print(2 in checked([1, 2, 3], "in"))
print(next((v for v in checked([5, 6, 7], "find") if v > 5), None))


def t(x):
    print("t", x)
    return x


print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("z") or t("never"))
