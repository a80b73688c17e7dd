# The types module: type objects and SimpleNamespace.
import types
from types import SimpleNamespace
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), types.NoneType is type(None))
print(types.FunctionType.__name__, types.LambdaType is types.FunctionType)
ns = SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == SimpleNamespace(a=1, b="x", c=[1]), ns != SimpleNamespace())
print(SimpleNamespace())
try:
    SimpleNamespace({"k": 2})
except TypeError as e:
    print(e)
