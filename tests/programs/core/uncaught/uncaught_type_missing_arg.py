def volume(l, w, h=1):
    return l * w * h
print(volume(2, 3), volume(2, 3, 4))
def area(w, h):
    return w * h
def perimeter(w, h):
    return 2 * (w + h)
shapes = [(2, 3), (4, 4), (1, 10)]
for w, h in shapes:
    print(w, h, area(w, h), perimeter(w, h))
print(area(h=2, w=5))
def describe(name, size=1):
    return name + ":" + str(size)
print(describe("box"), describe("crate", 3))
dims = [7]
print("dims", dims)
print(describe(*["bag"]))
print(area(*[3, 3]))
print("now missing b")
print(area(*dims))
