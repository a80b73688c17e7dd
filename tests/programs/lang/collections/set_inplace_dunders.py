# Calling a set's in-place operator methods directly: a non-set operand
# gets NotImplemented (the operators themselves raise TypeError).
s = {1, 2}
print(s.__ior__([3]), s.__iand__((1,)), s.__isub__("x"), s.__ixor__(range(2)))
print(s.__ior__({3}), s.__iand__(frozenset([1, 3])), s.__isub__({1}), s.__ixor__({4}), s)
try:
    s |= [5]
except TypeError as e:
    print("TypeError", e)
items = [0]
print(items.__iadd__((1,)), items.__iadd__("ab"))
