class StorageError(Exception):
    pass


def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise StorageError("setting %r is missing" % name) from e


settings = {"color": "blue", "size": 3}
print(read_setting(settings, "color"))
print(read_setting(settings, "size"))
try:
    read_setting(settings, "x")
except StorageError as e:
    print("handled:", e, "cause:", repr(e.__cause__))
for key in ["size", "color", "font"]:
    print(key, "=", read_setting(settings, key))
print("done")
