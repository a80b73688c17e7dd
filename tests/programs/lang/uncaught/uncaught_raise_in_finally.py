def cleanup(resource):
    print("cleaning", resource)
    if resource == "bad":
        raise RuntimeError("cleanup failed for " + resource)


def use(resource):
    try:
        print("using", resource)
        if resource == "bad":
            raise ValueError("use failed")
        return resource.upper()
    finally:
        cleanup(resource)


print(use("good"))
print(use("fine"))
try:
    use("bad")
except RuntimeError as e:
    print("caught:", e, "context:", repr(e.__context__))
print("second attempt")
use("bad")
print("not reached")
