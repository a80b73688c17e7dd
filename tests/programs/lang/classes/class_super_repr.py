# str()/repr() of super objects name the bare classes.
class Animal:
    def describe(self):
        return "animal"


class Dog(Animal):
    def show(self):
        print(repr(super()))
        print(str(super(Dog, self)))

    @classmethod
    def show_cls(cls):
        print(super())


Dog().show()
Dog.show_cls()
