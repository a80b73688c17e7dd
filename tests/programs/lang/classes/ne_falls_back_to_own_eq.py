# `x != y` without an __ne__ of x's class uses object.__ne__, which negates
# x.__eq__ before the reflected y.__ne__ is tried.


class Loud:
    def __init__(self, tag, answer):
        self.tag = tag
        self.answer = answer

    def __eq__(self, other):
        print("eq of", self.tag)
        return self.answer


class OnlyNe:
    def __ne__(self, other):
        print("ne of OnlyNe")
        return "from ne"


yes = Loud("yes", True)
no = Loud("no", False)
shrug = Loud("shrug", NotImplemented)
ne = OnlyNe()

print(yes != ne)
print(no != ne)
print(ne != yes)
print(shrug != ne)
print(shrug != shrug)
print(shrug != Loud("other", NotImplemented))
print(yes != 3, 3 != no)
print([yes] != [ne], (no,) != (ne,))


class Plain:
    pass


p = Plain()
print(p != p, p != Plain(), p == p)
