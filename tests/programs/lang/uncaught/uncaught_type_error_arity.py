class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return self.greeting + ", " + name


g = Greeter("Hello")
print(g.greet("world"))
print(Greeter("Hi").greet("you"))
try:
    g.greet()
except TypeError as e:
    print("caught:", e)
try:
    g.greet("a", "b")
except TypeError as e:
    print("caught:", e)
names = ["x", "y"]
for n in names:
    print(g.greet(n))
print("constructing with too many arguments")
Greeter("Hey", "extra")
print("not reached")
