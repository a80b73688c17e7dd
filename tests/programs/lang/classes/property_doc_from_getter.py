# A property without a doc argument takes its getter's docstring.


class Thing:
    @property
    def size(self):
        "How big it is."
        return 3

    @size.setter
    def size(self, value):
        pass

    @property
    def plain(self):
        return 0

    named = property(lambda self: 1, doc="Given doc.")


print(Thing.size.__doc__, Thing.plain.__doc__, Thing.named.__doc__, property().__doc__ is None)
print(Thing().size, Thing().named)
