class Widget:
    created = 0
    registry = []

    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        Widget.registry.append(name)

    @classmethod
    def count(cls):
        return cls.created


class Button(Widget):
    clicks = 0

    def click(self):
        type(self).clicks += 1
        self.clicks_local = getattr(self, "clicks_local", 0) + 1


w1 = Widget("w1")
w2 = Widget("w2")
b1 = Button("b1")
b2 = Button("b2")
print(Widget.created, Button.created, Widget.count(), Button.count())
print([w.id for w in (w1, w2, b1, b2)])
print(Widget.registry)
print(Button.registry is Widget.registry)
b1.click()
b1.click()
b2.click()
print(Button.clicks, b1.clicks, b2.clicks, b1.clicks_local, b2.clicks_local)
print(hasattr(Widget, "clicks"))


class Fresh(Widget):
    created = 100


f = Fresh("f")
print(Fresh.created, Widget.created, f.id)
print(len(Widget.registry))
