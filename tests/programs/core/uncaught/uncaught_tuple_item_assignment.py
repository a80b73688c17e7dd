pair = ("a", 1)
print(pair + ("b", 2), pair * 2)
coords = [(0, 0), (1, 2)]
coords[0] = (5, 5)
print(coords)
rgb = (255, 128, 0)
print(rgb, rgb[0], rgb[-1])
as_list = list(rgb)
as_list[1] = 64
print(as_list, tuple(as_list))
new = rgb[:1] + (200,) + rgb[2:]
print(new)
print(rgb == (255, 128, 0), new == rgb)
nested = ([1, 2], [3])
nested[0].append(9)
print(nested)
r, g, b = rgb
print(r + g + b)
print("assigning into a tuple")
rgb[1] = 64
print(rgb)
