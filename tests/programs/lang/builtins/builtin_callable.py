class WithCall:
    def __call__(self):
        return "called"


class WithoutCall:
    def method(self):
        return "m"


def func():
    return 1


objs = [func, len, WithCall, WithCall(), WithoutCall, WithoutCall(), WithoutCall().method,
        lambda: 0, 5, "str", str.upper, [], None, print, type, int, (x for x in [])]
for i, o in enumerate(objs):
    print(i, callable(o))
w = WithCall()
if callable(w):
    print(w())
handlers = [func, 10, str, None]
print([h() for h in handlers if callable(h)])
five = 5
try:
    five()
except TypeError as e:
    print("TypeError:", e)
text = "abc"
try:
    text()
except TypeError as e:
    print("TypeError:", e)
try:
    WithoutCall()()
except TypeError as e:
    print("TypeError:", e)
