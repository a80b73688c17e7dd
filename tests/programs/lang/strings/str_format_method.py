print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} {name} {1}".format(1, 2, name="n"))
print("{!r} vs {!s}".format("text", "text"))
print("{0!r} {0}".format("q"))
print("{0!r:>10}|".format("q"))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:*^9}".format("mid"))
print("{:.3f} {:8.2f} {:<8.1f}|".format(3.14159, 2.5, 7.25))
print("{:05d} {:+d} {: d} {:,}".format(42, 42, 42, 1234567))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:e} {:.2e} {:g} {:g}".format(12345.678, 0.000123, 0.0001, 1e20))
print("{:%} {:.1%}".format(0.5, 0.1234))
print("{{literal}} {}".format("x"))
data = [1, 2, 3]
print("{0[1]} {1[k]}".format(data, {"k": "v"}))
print("{:>{w}}|".format("r", w=5))
print("{:{f}{a}{w}}|".format("z", f="-", a="^", w=7))
print("{}".format(None), "{}".format([1, "a"]), "{}".format((1,)))
print("{:10}|{:10}|".format("str", 5))
print("{:s}".format("plain"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
