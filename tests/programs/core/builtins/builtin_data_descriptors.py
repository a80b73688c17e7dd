# The data attributes of builtin types seen on the class: getset_descriptor and
# member_descriptor objects with CPython's names, reprs and __get__.
print(type(Exception.args).__name__, Exception.args.__qualname__, BaseException.args.__qualname__, SyntaxError.msg.__qualname__)
print(repr(int.real), repr(OSError.errno), type(OSError.errno).__name__, bool(OSError.strerror))
print(int.real.__get__(5), int.real.__get__(None, int) is not None, float.imag.__get__(2.5))
e = KeyError("k")
print(BaseException.args.__get__(e), type(int.real).__module__)
class MyErr(OSError):
    pass
print(repr(MyErr.errno), MyErr.errno.__objclass__.__name__)
ex = MyErr(2, "No such file")
print(OSError.errno.__get__(ex), OSError.strerror.__get__(ex))
print(hasattr(ValueError, "args"), hasattr(int, "numerator"), hasattr(str, "real"))
try:
    str.real
except AttributeError as err:
    print("AttributeError", err)
print(repr(range.start), repr(slice.stop), repr(complex.imag))
