def work(kind):
    try:
        if kind == "ki":
            raise KeyboardInterrupt("ctrl-c")
        if kind == "exit":
            raise SystemExit(2)
        raise ValueError("plain")
    except Exception as e:
        return "Exception handler: " + type(e).__name__


for kind in ["value", "ki", "exit"]:
    try:
        print(work(kind))
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt escaped Exception handler:", repr(e))
    except SystemExit as e:
        print("SystemExit escaped:", e.code)

try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
try:
    raise GeneratorExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
e = SystemExit("msg")
print(e.code, e.args)
print(SystemExit().code)
print(SystemExit(1, 2).code)
