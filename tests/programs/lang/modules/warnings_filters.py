# warnings: filters, catch_warnings(record=True), errors from warnings.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("as instance"))
    warnings.warn("dup")
    warnings.warn("dup")
print(len(caught), [(str(w.message), w.category.__name__) for w in caught])
print(type(caught[0].message).__name__, isinstance(caught[0], warnings.WarningMessage))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("repeated")
    warnings.warn("ignored pending", PendingDeprecationWarning)
print(len(caught), [str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("ignore", message="quiet")
    warnings.warn("Quiet please")
    print("quiet one ignored")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.warn("user")
    warnings.warn("runtime", RuntimeWarning)
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    warnings.warn("only once")
    warnings.warn("only once")
print(len(caught))
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3).strip())
print(issubclass(DeprecationWarning, Warning), Warning.__mro__[1].__name__)
