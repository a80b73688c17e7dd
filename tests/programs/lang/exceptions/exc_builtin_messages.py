S = {1, 2}
N = None
tests = [
    lambda: [1, 2, 3][10],
    lambda: (1,)[5],
    lambda: "abc"[9],
    lambda: {"a": 1}["zz"],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: "a" * "b",
    lambda: len(5),
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(9),
    lambda: "abc".index("z"),
    lambda: 5 / 0,
    lambda: 5 // 0,
    lambda: 2 ** -1 % 0,
    lambda: int(None),
    lambda: iter(5),
    lambda: next([]),
    lambda: (1, 2) < (1, "a"),
    lambda: [3, "x"].sort(),
    lambda: S[0],
    lambda: N(),
    lambda: divmod(1, 0),
    lambda: chr(-1),
    lambda: list.append(),
    lambda: dict(1),
    lambda: [1, 2, 3].remove(7),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
