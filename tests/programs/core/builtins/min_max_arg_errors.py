# min()/max() argument errors: the missing positional argument is reported before
# unknown keywords; default with several positional arguments.
for choose in (min, max):
    for call in (lambda: choose(bogus=1), lambda: choose(), lambda: choose(1, 2, default=0),
                 lambda: choose([1], bogus=2), lambda: choose([])):
        try:
            print(call())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(choose([], default=42), choose([3, 1, 2], key=lambda v: -v), choose(4, 5, key=None))
