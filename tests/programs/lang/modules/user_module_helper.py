# A module of this directory that user_module_import.py imports; run on its
# own it reports that too.
GREETING = "hello from the helper"
loads = []
loads.append(__name__)


def double(x):
    return 2 * x


class Box:
    def __init__(self, item):
        self.item = item

    def __repr__(self):
        return f"Box({self.item!r})"


if __name__ == "__main__":
    print("run as a program:", double(21), Box("x"))
else:
    print("imported as", __name__, "from", __file__.rsplit("/", 1)[-1])
