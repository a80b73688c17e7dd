# typing forms used as bases and annotations: NamedTuple, TypedDict, Generic,
# Protocol, and the printed forms of the generic aliases.
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, List, Dict, Callable, Union, Any, cast, overload, Iterator, final, Literal, ClassVar
T = TypeVar("T")
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1)
print(p, p._asdict(), P._fields, p._replace(y=5))
class Movie(TypedDict):
    name: str
    year: int
m: Movie = {"name": "x", "year": 1}
print(m, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Box(4).v)
class Greeter(Protocol):
    def greet(self) -> str: ...
class G:
    def greet(self): return "hi"
print(cast(int, "x"), G().greet())
def f(a: Optional[List[int]] = None) -> Dict[str, Union[int, str]]:
    return {"a": 1}
print(f(), f.__annotations__)
print(Optional[int], List[int], Callable[[int], str], Union[int, str], Literal["a", "b"])
@final
class F: pass
print(F)
