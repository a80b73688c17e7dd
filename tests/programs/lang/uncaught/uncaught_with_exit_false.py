class Resource:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


with Resource("a", True) as r:
    print("inside", r.name)
    raise ValueError("suppressed")
print("after a")
with Resource("b", False):
    print("inside b, no error")
print("after b")
with Resource("outer", False):
    with Resource("inner", True):
        raise KeyError("inner error")
    print("after inner")
    with Resource("c", None):
        raise RuntimeError("propagates out of c")
print("not reached")
