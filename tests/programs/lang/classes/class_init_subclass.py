# __init_subclass__ (implicitly a classmethod) runs for each new subclass,
# with the class keywords; object's accepts none.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **extra):
        super().__init_subclass__()
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append((cls.plugin_name, sorted(extra)))


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b", level=2, mode="x"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))
Delta = type("Delta", (Plugin,), {})
print(Delta.plugin_name, Plugin.registry[-1])
try:
    class Bad(name="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    subclasses = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.subclasses += 1


class One(Counted):
    pass


class Two(One):
    pass


print(Counted.subclasses)
