# Class bodies collect `name: type` annotations into __annotations__, in order.
class K:
    x: int
    if True:
        y: str = 'a'
    for i in range(1):
        z: 'float'
    (w): int = 3
    count: list[int] = []


print(K.__annotations__, K.y, K.w, hasattr(K, 'x'))


class Empty:
    (v): int = 1


print(Empty.__annotations__, '__annotations__' in Empty.__dict__)


class NoAnn:
    a = 1


print('__annotations__' in NoAnn.__dict__)


class Sub(K):
    extra: bytes


print(Sub.__annotations__)
