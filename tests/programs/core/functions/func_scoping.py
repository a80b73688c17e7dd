x = "global"
def read_global():
    return x
def local_shadow():
    x = "local"
    return x
print(read_global(), local_shadow(), x)
def modify_list(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
orig = ["o"]
print(modify_list(orig), orig)
def modify_dict(d):
    d["new"] = 1
data = {}
modify_dict(data)
print(data)
def int_param(n):
    n += 1
    return n
k = 5
print(int_param(k), k)
def uses_later():
    return later_defined()
def later_defined():
    return "ok"
print(uses_later())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def comp_scope():
    i = "kept"
    squares = [i * i for i in range(3)]
    return i, squares
print(comp_scope())
def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    return "done"
print(unbound())
def param_default_eval(a, b=len("four")):
    return a + b
print(param_default_eval(1))
def redefine():
    return 1
def redefine():
    return 2
print(redefine())
