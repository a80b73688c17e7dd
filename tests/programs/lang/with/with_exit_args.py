class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        print("type:", exc_type.__name__ if exc_type else exc_type)
        print("value:", repr(exc_value))
        print("is instance:", isinstance(exc_value, exc_type) if exc_type else None)
        print("tb present:", tb is not None)
        print("args:", exc_value.args if exc_value else ())
        return True


with Inspect():
    pass
with Inspect():
    raise ValueError("v", 2)
with Inspect():
    {}["missing"]
with Inspect():
    raise KeyboardInterrupt


class Custom(Exception):
    pass


with Inspect():
    raise Custom
with Inspect():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise TypeError("converted") from e
print("all suppressed")
