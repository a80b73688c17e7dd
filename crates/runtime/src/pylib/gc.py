"""tierpy's gc: the switches programs call (tierpy's collector runs on its
own schedule; collect() reports no unreachable cycles)."""

_enabled = True


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled
