# ImportError carries name, path and msg; only it takes keyword arguments.
e = ImportError("cannot load", name="plugin", path="/tmp/plugin.py")
print(e, e.name, e.path, e.msg, e.args)
bare = ImportError()
print(bare.name, bare.path, bare.msg, ImportError("a", "b").msg)
nf = ModuleNotFoundError("gone", name="gone")
print(type(nf).__name__, nf.name, isinstance(nf, ImportError))
for make in (lambda: ValueError("x", code=1), lambda: ImportError("x", module="m"), lambda: KeyError(key=1)):
    try:
        make()
    except TypeError as err:
        print(type(err).__name__, err)
try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, err.name, err.msg, err.path)
try:
    from math import no_such_name
except ImportError as err:
    print(type(err).__name__, err.name)
e.name = "renamed"
print(e.name)


class PluginError(ImportError):
    pass


print(PluginError("p", name="n").name)
