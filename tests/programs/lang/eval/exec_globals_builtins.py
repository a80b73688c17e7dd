# exec/eval put __builtins__ (the builtins dict) into globals dicts that lack it;
# module code sees the builtins module.
d = {}
exec('print("__builtins__" in globals(), type(__builtins__).__name__)', d)
print("__builtins__" in d)
ns = {}
exec('', ns)
print(type(ns['__builtins__']).__name__, ns['__builtins__'] == __builtins__.__dict__)
print(type(__builtins__).__name__)
exec('print(type(__builtins__).__name__)')
print(eval('__builtins__ is not None', {}))
g = {"x": 1}
exec("y = x + 1", g)
print(sorted(g), g["y"])
kept = {"__builtins__": {"len": len}}
exec("n = len('abc')", kept)
print(kept["n"], sorted(kept["__builtins__"]))
