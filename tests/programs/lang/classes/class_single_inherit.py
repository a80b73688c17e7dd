class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return self.name + " is a " + self.kind + ": " + self.speak()


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return self.name + " barks"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " softly"


animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for an in animals:
    print(an.describe())
p = animals[2]
print(p.age, p.kind)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(p, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(issubclass(Dog, Dog))
print([k.__name__ for k in Puppy.__mro__])
print(Puppy.__bases__[0].__name__)
print(Animal.__bases__[0].__name__)
print(type(p).__name__, type(p) is Dog)
