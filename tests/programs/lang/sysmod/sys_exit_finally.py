import sys


def run():
    try:
        print("working")
        sys.exit(2)
    finally:
        print("finally runs before exit")


def guarded():
    try:
        run()
    except SystemExit as e:
        print("guarded caught", e.code)
        return e.code
    return None


print(guarded())
try:
    run()
except Exception:
    print("Exception handler does not catch SystemExit")
except SystemExit as e:
    print("SystemExit handler caught", e.code)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("ctx exit sees", t.__name__ if t else None)
        return False


print("final exit")
with Ctx():
    sys.exit(6)
