class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table, code):
        super().__init__("db failure on " + table)
        self.table = table
        self.code = code


class NotFound(DbError):
    pass


class WithStr(AppError):
    def __str__(self):
        return "custom str: " + ",".join(str(a) for a in self.args)


try:
    raise NotFound("users", 404)
except AppError as e:
    print(type(e).__name__, e, e.args, e.table, e.code)
    print(repr(e))
try:
    raise WithStr(1, 2, 3)
except AppError as e:
    print(e)
    print(repr(e))
    print(e.args)
e = AppError("a", "b")
print(str(e), repr(e), e.args)
e0 = AppError()
print(repr(str(e0)), repr(e0), e0.args)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
print([k.__name__ for k in NotFound.__mro__])
for exc in [DbError("t", 1), NotFound("u", 2), AppError("x")]:
    try:
        raise exc
    except NotFound:
        print("NotFound handler")
    except DbError as d:
        print("DbError handler", d.code)
    except AppError:
        print("AppError handler")
