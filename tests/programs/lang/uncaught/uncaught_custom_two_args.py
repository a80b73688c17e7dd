class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason


def parse(lines):
    out = []
    for i, text in enumerate(lines, 1):
        print("parsing line", i, repr(text))
        if "=" not in text:
            raise ParseError(i, "missing '='")
        k, v = text.split("=", 1)
        out.append((k.strip(), v.strip()))
    return out


print(parse(["a = 1", "b=2"]))
try:
    parse(["x"])
except ParseError as e:
    print(e.line, e.reason, e.args)
result = parse(["ok = yes", "also = fine", "broken"])
print(result)
