class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        return round(self.kelvin - 273.15, 2)

    @celsius.setter
    def celsius(self, value):
        print("setting celsius to", value)
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self.kelvin = value + 273.15


t = Temperature(300)
print(t.celsius)
t.celsius = 25
print(t.kelvin, t.celsius)
try:
    t.celsius = -500
except ValueError as e:
    print("caught:", e)
print(t.celsius)
for v in [0, 100, -300]:
    t.celsius = v
    print("now", t.celsius)
print("not reached")
