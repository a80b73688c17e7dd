# ** and {**...} accept any mapping: an object with keys() and __getitem__.
class Mapping:
    def keys(self):
        return ["a", "b", "long_key_name_here"]

    def __getitem__(self, key):
        return key.upper()


def show(**kw):
    return sorted(kw.items())


print(show(**Mapping()))
print({**Mapping(), "z": 1})
print(dict(Mapping()), dict(Mapping(), c=3))
d = {"q": 0}
d.update(Mapping())
print(d)


class DictSub(dict):
    pass


print(show(**DictSub(x=1)), {**DictSub(y=2)})


class KeysOverride(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, k):
        return "overridden"


print(show(**KeysOverride(only=1, other=2)))


class NotMapping:
    pass


class Holder:
    def method(self, **kw):
        return kw


attempts = [
    lambda: show(**NotMapping()),
    lambda: {**NotMapping()},
    lambda: show(**{1: 2}),
    lambda: show(**[1]),
    lambda: {**[(1, 2)]},
    lambda: show(a=1, **{"a": 2}),
    lambda: Holder().method(**3),
    lambda: print(**None),
    lambda: NotMapping(**5),
]
for f in attempts:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
