# Methods of builtin types that take no argument or exactly one are named
# with their type in arity errors.


def gen():
    yield


calls = [
    lambda: "abc".zfill(),
    lambda: "abc".removeprefix(),
    lambda: b"ab".zfill(1, 2),
    lambda: bytearray().zfill(),
    lambda: [].count(),
    lambda: ().count(),
    lambda: [].reverse(1),
    lambda: {}.popitem(1),
    lambda: set().issubset(),
    lambda: frozenset().copy(1),
    lambda: (1 + 2j).conjugate(1),
    lambda: (1.5).hex(1),
    lambda: gen().send(),
    lambda: slice(1).indices(),
    lambda: "".format_map(),
    lambda: "".translate(),
    lambda: property().getter(),
    lambda: ValueError().add_note(),
    lambda: [].index(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
