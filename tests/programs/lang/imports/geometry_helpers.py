# A module imported by user_modules.py; run on its own it prints a line too.
import math

UNIT = 2.5
calls = []


def circle_area(r):
    calls.append(r)
    return round(math.pi * r * r, 3)


class Box:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


if __name__ == "__main__":
    print("geometry_helpers run directly:", circle_area(1))
else:
    print("geometry_helpers imported as", __name__)
