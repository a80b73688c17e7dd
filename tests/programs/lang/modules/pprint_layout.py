# pprint: sorted dict keys, one item per line when too wide, nested indents,
# compact mode, depth limits, long strings split, and repr fallbacks.
import io
import pprint

data = {
    "zeta": list(range(25)),
    "alpha": {"nested": ("x" * 30, "y" * 30), "numbers": {3, 1, 2}, "empty": []},
    "mid": [{"k": i, "v": "value-%d" % i} for i in range(4)],
    7: None,
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat(("single",) * 1), pprint.pformat(tuple(range(30)), width=30))
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text, width=40)
pprint.pprint({"doc": text + "\nsecond line"}, width=50)
pprint.pprint(frozenset(range(40)), width=60)
pprint.pprint([10**30, -5, 2.5, b"bytes", None, True], width=20)
pprint.pprint(123456789, underscore_numbers=True)
cyclic = [1, 2]
cyclic.append(cyclic)
print(pprint.isrecursive(cyclic), pprint.isreadable([1, "a"]), pprint.saferepr({"b": 1, "a": [2]}))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint({"x": list("abcdef")})
print(buf.getvalue(), end="")
from collections import OrderedDict
print(pprint.pformat(OrderedDict(b=1, a=2)))
