# Module state in globals, rebound by its functions and read by them
# (imported by module_globals.py; run directly it only checks itself).
x = 1
counter = 0
config = {'mode': 'a'}


def set_x(v):
    global x
    x = v


def get_x():
    return x


def bump():
    global counter
    counter += 1
    return counter


def counter_value():
    return counter


def get_missing():
    return missing  # noqa: F821 (defined from outside by the importer)


def has_name(name):
    return name in globals()


if __name__ == '__main__':
    set_x(4)
    print(x, get_x(), bump(), bump(), counter_value())
