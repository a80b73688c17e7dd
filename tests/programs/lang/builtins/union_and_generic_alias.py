# int | str makes a types.UnionType usable with isinstance/issubclass; list[int] a
# types.GenericAlias that prints and calls like CPython's.
import types
class A: pass
u = int | str
print(u, type(u), u.__args__, isinstance(1, u), isinstance("s", u), isinstance(1.5, u), issubclass(bool, u))
print(int | None, None | int, int | str | None, (int | str) | (float | int), int | int, A | None)
print((int | str) == (str | int), hash(int | str) == hash(str | int), isinstance(None, int | None))
print(isinstance(3, (float, int | str)), types.UnionType, types.GenericAlias)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]), list[int]([1, 2]), list[int] == list[int], list[int] | None)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
try:
    1 | int
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError", e)
def f(x: int | None = None) -> list[int]:
    return [x]
print(f(3))
