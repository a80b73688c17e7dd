# A module's __dict__ (and vars(module)) is a live view of its namespace.
import math

ns = vars(math)
print(type(ns).__name__, ns is not None, "pi" in ns, ns["pi"] == math.pi, math.__dict__["floor"](2.5))
math.__dict__["answer"] = 42
print(math.answer, "answer" in dir(math), ns.get("answer"))
del ns["answer"]
print(hasattr(math, "answer"))
math.other = 1
print("other" in math.__dict__, sorted(k for k in ns if k in ("other", "tau")))
