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
