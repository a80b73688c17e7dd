# Unbound super(type) and super(type, None): __self__, __self_class__, __thisclass__,
# repr with NULL, and __get__ binding it to an object.
s = super(list)
print(s.__self__, s.__self_class__, s.__thisclass__, repr(s))
print(str(super(type, None)), str(super(int, 5)))
class T5(int):
    pass
b = super(int).__get__(T5(5))
print(str(b), b.__self_class__.__name__, b.__self__)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f"
sb = super(B, B())
print(sb.f(), sb.__thisclass__.__name__, sb.__self_class__.__name__)
sc = super(B, B)
print(sc.__self_class__.__name__, sc.f(B()))
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
