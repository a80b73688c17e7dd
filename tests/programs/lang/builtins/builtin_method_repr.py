# repr of methods taken from builtin types (unbound), bound ones, and
# builtin functions.
print(repr(list.append), repr(str.join), repr(dict.get), repr(bytes.hex))
print(repr(int.__add__), repr(list.__len__), repr(str.__eq__))
print(repr(len), repr(print), repr(abs))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))
print(str(list.pop) == repr(list.pop), f"{set.add!r}", [tuple.index])
