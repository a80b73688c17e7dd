squares = {x * x for x in range(-3, 4)}
print(len(squares), 9 in squares)
print(sorted(squares))
mods = {n % 4 for n in range(20)}
print(mods)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
initials = {w[0] for w in words}
print(sorted(initials))
lengths = {len(w) for w in words}
print(sorted(lengths))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
nested = {frozenset({i, i + 1}) for i in range(3)}
print(len(nested), frozenset({1, 2}) in nested)
unique_chars = {c for c in "mississippi"}
print(sorted(unique_chars), len(unique_chars))
print({x for x in []})
print({abs(x) for x in [-2, 2, -1, 1, 0]})
