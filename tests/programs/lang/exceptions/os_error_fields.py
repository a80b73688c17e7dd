# OSError's errno/strerror/filename fields and its "[Errno N] ..." str().
for args in [(), ("plain",), (5, "I/O error"), (5, "I/O error", "data.bin"), (5, "m", None), (5, "m", "a", None, "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(str(e), "|", e.errno, e.strerror, e.filename, e.filename2, len(e.args) in (0, 1, 2, 3, 5, 6))


class DeviceError(OSError):
    pass


try:
    raise DeviceError(5, "device unplugged", "/dev/x")
except OSError as e:
    print(type(e).__name__, e, e.errno)
