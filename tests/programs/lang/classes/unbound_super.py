# super() with one argument (or None as the second) is unbound; its __get__
# binds it to an instance.


class Base:
    def hello(self):
        return "Base.hello from " + type(self).__name__


class Child(Base):
    def hello(self):
        return "Child.hello"


class Num(int):
    pass


print(super(int))
print(super(type, None))
print(super(int).__get__(Num(5)))
unbound = super(Child)
print(unbound.__thisclass__.__name__, unbound.__self__)
bound = unbound.__get__(Child())
print(bound.hello())
print(super(Child, Child()).hello())
try:
    super(Child).hello
except AttributeError as e:
    print("AttributeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
