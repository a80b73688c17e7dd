class Base:
    def __init__(self):
        print("Base init")
        self.log = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.log.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.log.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom init")
        super().__init__()
        self.log.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom()
print(b.log)
print(b.who())
print([k.__name__ for k in Bottom.__mro__])
r = Right()
print(r.who(), r.log)
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base))
