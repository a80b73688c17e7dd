def make_multiplier(factor):
    def mul(x):
        return x * factor
    return mul


def make_greeting(greeting, punct="!"):
    def greet(name):
        return greeting + ", " + name + punct
    return greet


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
hello = make_greeting("Hello")
hey = make_greeting("Hey", "?")
print(hello("Ann"), hey("Bob"))
print(list(map(make_multiplier(10), [1, 2, 3])))


def make_power_table(exponents):
    return {e: (lambda base, e=e: base ** e) for e in exponents}


table = make_power_table([1, 2, 3])
print([table[e](2) for e in sorted(table)])


def compose(f, g):
    return lambda x: f(g(x))


inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
print(compose(str, triple)(7) + "!")
print(double.__closure__ is not None, len(double.__closure__))
print(double.__closure__[0].cell_contents)


def accumulate_into(target):
    def add(item):
        target.append(item)
        return len(target)
    return add


lst = []
adder = accumulate_into(lst)
print(adder("a"), adder("b"), lst)
