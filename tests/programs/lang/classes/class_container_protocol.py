class Grid:
    def __init__(self, n):
        self.n = n
        self.cells = {}

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, key):
        print("getitem", key)
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]

    def __contains__(self, key):
        print("contains", key)
        return key in self.cells


g = Grid(3)
g[0, 0] = "a"
g[1, 2] = "b"
g["x"] = 5
print(len(g))
print(g[1, 2])
print((0, 0) in g, (2, 2) in g, (2, 2) not in g)
del g[0, 0]
print(len(g))
try:
    g[9, 9]
except KeyError as e:
    print("KeyError", e)
g["x"] += 10
print(g["x"])
try:
    del g["missing"]
except KeyError as e:
    print("KeyError", repr(e))
print(sorted(str(k) for k in g.cells))
