def parse(record):
    print("parse", repr(record))
    key, value = record.split("=")
    return key, convert(value)
def convert(value):
    print("convert", repr(value))
    return 100 // int(value)
def load(records):
    out = {}
    for r in records:
        k, v = parse(r)
        out[k] = v
        print("loaded", k, v)
    return out
def main():
    data = load(["a=5", "b=20", "c=3"])
    print(data)
    more = load(["d=1", "e=0", "f=2"])
    print(more)
print("start")
main()
print("unreachable")
