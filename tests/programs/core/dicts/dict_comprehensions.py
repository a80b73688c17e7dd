print({x: x * x for x in range(6)})
print({c: ord(c) for c in "hello"})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ["one", "two", "three", "four", "five", "six"]
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({n: len(ws) for n, ws in by_len.items()})
print({w: w[::-1] for w in words if "o" in w})
sq = {x: x ** 2 for x in range(-3, 4)}
print(sq)
print({v: k for k, v in sq.items()})
print({str(i): i % 2 == 0 for i in range(5)})
print(len({i % 3: i for i in range(100)}), {i % 3: i for i in range(100)})
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 4)}
print(nested)
print(nested[2][3], sum([sum(v.values()) for v in nested.values()]))
print({k: v for k, v in sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1])})
