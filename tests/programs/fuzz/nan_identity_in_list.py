# Found by tools/fuzz.py (seed 10): list/tuple searches and comparisons test
# identity before ==, so the very same NaN object is found in a list even
# though nan != nan. CPython prints True/1 below; tierpy raises
# "ValueError: nan is not in list" from list.index.
x = float("nan")
L = [1.0, x]


def show(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)


show(lambda: x in L)
show(lambda: L.count(x))
show(lambda: L.index(x))
show(lambda: [x] == [x])
show(lambda: (x,) == (x,))
show(lambda: x == x)
