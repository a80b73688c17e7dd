# generator.throw(type, value): an instance of the type is thrown as it is,
# None and a tuple become the arguments, anything else the one argument.
def g():
    try:
        yield 1
    except Exception as e:
        yield repr(e)
for args in ((ValueError,), (ValueError, ValueError("v")), (ValueError, None), (ValueError, ("a", "b")), (ValueError, "x"), (KeyError, ValueError("other")), (ValueError("inst"),)):
    it = g(); next(it)
    try:
        print(args[0].__name__ if isinstance(args[0], type) else "inst", it.throw(*args))
    except Exception as e:
        print("raised", type(e).__name__, e)
