class Self:
    def __init__(self):
        self.entered = False
        self.exited = False

    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, *args):
        self.exited = True


class ReturnsNone:
    def __enter__(self):
        print("entering, returning nothing")

    def __exit__(self, *args):
        print("exit args length", len(args), args)


class ReturnsTuple:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return None


with Self() as s:
    print(s.entered, s.exited)
print(s.entered, s.exited)
with ReturnsNone() as r:
    print("bound value:", r)
with ReturnsTuple() as (a, b):
    print("unpacked", a, b)
holder = {}
with ReturnsTuple() as holder["key"]:
    pass
print(holder)


class Obj:
    pass


o = Obj()
with ReturnsTuple() as o.attr:
    pass
print(o.attr)
lst = [0, 0]
with ReturnsTuple() as lst[1]:
    pass
print(lst)
