# float() and math functions accept objects with __float__, which must return a float.
import math


class Good:
    def __float__(self):
        return 2.5


class Text:
    def __float__(self):
        return "2.5"


class Whole:
    def __float__(self):
        return 6


class Nothing:
    pass


print(float(Good()), math.floor(Good()), "%.3f" % math.exp(Good()))
for obj in (Text(), Whole(), Nothing()):
    for f in (float, math.sqrt):
        try:
            print(f(obj))
        except TypeError as e:
            print("TypeError", e)
