class Base(Exception):
    def __init__(self, message, code=0):
        super().__init__(message, code)
        self.message = message
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.message)


class Child(Base):
    pass


class GrandChild(Child):
    def __init__(self, message):
        super().__init__(message.upper(), 99)


for exc in [Base("base msg"), Child("child msg", 7), GrandChild("gc msg")]:
    try:
        raise exc
    except Base as e:
        print(type(e).__name__, str(e), e.args, e.code)
        print(repr(e))


class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x


e = NoSuperInit(5)
print(e.x, e.args, repr(str(e)))


class KeepArgs(ValueError):
    pass


k = KeepArgs("a", 1)
print(k.args, str(k), isinstance(k, ValueError))
try:
    raise KeepArgs
except ValueError as e:
    print("raised class, got instance:", repr(e), e.args)
