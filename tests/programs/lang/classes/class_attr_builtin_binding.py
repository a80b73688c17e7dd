# Class attributes that are builtins: builtin functions and types do not
# bind self; methods of builtin types (list.extend) do.
class Holder:
    absolute = abs
    length = len
    make_int = int
    describe = repr


h = Holder()
print(h.absolute(-3), h.length("abcd"), h.make_int("12"), h.describe("x"))
print(Holder.absolute(-4), Holder.length([1]), Holder.make_int(7.9))


class MyList(list):
    add_all = list.extend
    size = list.__len__


m = MyList()
m.add_all([3, 1, 2])
print(m, m.size(), len(m))


class Plain:
    show = object.__repr__
    text = str.upper


print(Plain().show().startswith("<__main__.Plain object"), Plain.text("abc"))
