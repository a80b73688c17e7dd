class Matrix:
    created = 0

    def __init__(self, rows):
        print("building matrix with", len(rows), "rows")
        width = len(rows[0])
        for i, r in enumerate(rows):
            if len(r) != width:
                raise TypeError("row %d has length %d, expected %d" % (i, len(r), width))
        self.rows = rows
        Matrix.created += 1

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)


m = Matrix([[1, 2], [3, 4]])
print(m)
print(Matrix.created)
try:
    Matrix([])
except IndexError as e:
    print("IndexError:", e)
print(Matrix.created)
bad = Matrix([[1, 2], [3]])
print(bad)
