# format() with an empty spec of an int/float/str subclass instance is its
# str(); static builtin methods (dict.fromkeys) take subclass arguments as
# they are (iterating with their own __iter__).


class Label(str):
    def __str__(self):
        return "label!"


class Count(int):
    def __str__(self):
        return "count!"


class Ratio(float):
    def __repr__(self):
        return "Ratio()"


for v in (Label("raw"), Count(3), Ratio(0.5)):
    print(f"{v}", format(v), "{}".format(v), f"{v!r}", "[" + format(v, "") + "]")
print(f"{Count(3):03d}", f"{Ratio(0.5):.2f}", f"{Label('raw'):>5}")


class Shown(list):
    def __iter__(self):
        return iter(["from", "iter"])


print(dict.fromkeys(Shown([1, 2])), sorted(set(Shown([1]))))
print(bytes.fromhex(Label("0a0b")) if False else bytes.fromhex("0a0b"))
