# A `global` declaration in a class body makes its assignments, loads and
# deletions of the name go to the module globals.
level = "module"


class Config:
    global level, created
    level = "set by class"
    created = True
    copy = level
    level += "!"


print(level, created, Config.copy, hasattr(Config, "level"), hasattr(Config, "created"))


class Cleaner:
    global created
    del created


print("created" in globals())


class Shadow:
    level = "class attribute"

    class Inner:
        global level
        seen = level


print(Shadow.level, Shadow.Inner.seen)
