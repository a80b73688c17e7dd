# Unbound methods of builtin types check their receiver; plain object()
# instances take no attributes.
for args in [(), (1,), (1, 2), ("s", 2)]:
    try:
        list.append(*args)
    except TypeError as e:
        print("TypeError:", e)
items = []
list.append(items, 2)
getattr(list, "append")(items, 3)
print(items, str.upper("abc"), dict.get({"k": 1}, "k"), int.bit_length(True))
for bad in [lambda: str.upper(5), lambda: dict.keys([]), lambda: set.union(frozenset(), {1}),
            lambda: int.__add__(1.5, 2), lambda: float.is_integer(3), lambda: str.join(1, []),
            lambda: list.__len__("ab"), lambda: tuple.count([1], 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(str.maketrans("a", "b"), dict.fromkeys("ab"), int.__new__(int, 7))


class Sub(list):
    pass


s = Sub()
list.append(s, 9)
print(s, list.__len__(s))
for target in [object(), "text", 5]:
    try:
        target.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)


class Foreign:
    add = list.append
    shout = str.upper


for attempt in [lambda: Foreign().add(1), lambda: Foreign().shout(), lambda: Foreign.add([], 1)]:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
