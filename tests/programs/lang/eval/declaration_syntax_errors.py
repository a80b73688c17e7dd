# SyntaxErrors from global/nonlocal declarations and misplaced bare excepts.


def check(src):
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)


check("def f(a):\n    global a\n")
check("def f(a):\n    nonlocal a\n")
check("def f():\n    print(v)\n    global v\n")
check("def f():\n    v = 1\n    global v\n")
check("def f():\n    v: int\n    global v\n")
check("def outer():\n    v = 0\n    def f():\n        v: int = 2\n        nonlocal v\n")
check("def outer():\n    v = 0\n    def f():\n        nonlocal v\n        global v\n")
check("def f():\n    global v\n    nonlocal v\n")
check("def outer():\n    v = 0\n    def f():\n        print(v)\n        nonlocal v\n")
check("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n")
check("try:\n    pass\nexcept ValueError:\n    pass\nexcept:\n    pass\n")
check("def f():\n    global v\n    v = 1\n")

# positional arguments after keyword arguments, with and without ** before them
check("f(**kw, arg)\n")
check("f(key=1, arg)\n")
check("f(**kw, key=2, arg)\n")
check("f(key=2 ** 3, arg)\n")
check("f(first,\n  key=1,\n  **kw,\n  arg)\n")
check("f(first,\n  key=1,\n  arg)\n")
check("def g(a=1,\n      b):\n    pass\n")

# an assignment expression in a comprehension cannot bind in a class body
check("class K:\n    [y := 1 for _ in range(1)]\n")
check("class K:\n    def f(self):\n        return [y := 1 for _ in range(1)]\n")

# an assignment expression cannot rebind a comprehension's iteration variable
check("[x for x in range(3) if (x := 1)]\n")
check("[[(x := 1) for y in range(2)] for x in range(3)]\n")
check("{(k := 1): v for k, v in {}.items()}\n")
check("[i for i in range(2) if (j := i)]\n")
