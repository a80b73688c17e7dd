# typing names subscript and print like CPython's; __class_getitem__; globals() in a module.
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Iterable, cast, overload, NamedTuple, TYPE_CHECKING, Set
import typing
T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None], Any, T, K)
print(Callable[[int], str], Tuple[int, ...], Union[int, Union[str, float]], Union[int], Optional[Union[int, str]])
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box(3).get(), cast(int, "x"), TYPE_CHECKING)
def f(xs: List[int], m: Optional[Dict[str, int]] = None) -> Iterable[int]:
    return xs
print(f([1, 2]))
P = NamedTuple("P", [("x", int), ("y", int)])
print(P(1, 2))
class A:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
print(A[int], A[int, str])
class B: pass
try:
    B[int]
except TypeError as e:
    print(e)
print(typing.List is List, Set[int] == Set[int])


def uses_globals():
    return "uses_globals" in globals() and globals() is globals()


print(uses_globals(), typing.get_type_hints.__globals__ is not globals(), "List" not in globals() or True)
