class C:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


c = C()
try:
    c.x
except AttributeError as e:
    print("1:", e)
try:
    C.y
except AttributeError as e:
    print("2:", e)
try:
    c.method_missing()
except AttributeError as e:
    print("3:", e)
try:
    del c.nothing
except AttributeError as e:
    print("4:", e)
try:
    (5).foo
except AttributeError as e:
    print("5:", e)
try:
    "s".bar
except AttributeError as e:
    print("6:", e)
try:
    [].push(1)
except AttributeError as e:
    print("7:", e)
try:
    None.attr
except AttributeError as e:
    print("8:", e)
try:
    int.nothing
except AttributeError as e:
    print("9:", e)
e2 = None
try:
    c.qqq
except AttributeError as exc:
    e2 = exc
print(type(e2).__name__, e2.args)
print(isinstance(e2, Exception))
