class Good:
    size = 4
    doubled = size * 2
    names = [str(i) for i in range(3)]

    def get(self):
        return self.doubled


print(Good().get(), Good.names)


class AlsoGood:
    table = {"a": 1}
    try:
        missing = table["b"]
    except KeyError:
        missing = None
    print("class body runs at definition time, missing =", missing)


print(AlsoGood.missing)
print("defining Bad")


class Bad:
    limits = {"low": 0, "high": 10}
    print("inside Bad body")
    medium = limits["medium"]


print("not reached")
