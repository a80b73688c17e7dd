def read_lines(text):
    for line in text.splitlines():
        print("read", repr(line))
        yield line


def strip_comments(lines):
    for line in lines:
        if not line.strip().startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        if "=" in line:
            k, v = line.split("=", 1)
            yield k.strip(), v.strip()


text = """# config
name = tierpy
# comment
version = 0.1

mode=fast"""
pipeline = parse(strip_comments(read_lines(text)))
print("pipeline built")
first = next(pipeline)
print("first:", first)
rest = dict(pipeline)
print(sorted(rest.items()))


def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


print(list(batched(range(7), 3)))
print(list(batched([], 2)))
print([sum(b) for b in batched((x * x for x in range(6)), 2)])
