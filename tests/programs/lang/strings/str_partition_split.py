s = "key=value=more"
print(s.partition("="))
print(s.rpartition("="))
print(s.partition("#"))
print(s.rpartition("#"))
print("=start".partition("="), "end=".rpartition("="))
url = "https://example.com/path/to/page"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
print(url.rpartition("/")[2])
text = "line one\nline two\r\nline three\rfour\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  many   spaces here ".split())
print(" x ".split(" "))
print("a b c".split(None, 1))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("--".join(["a", "b", "c"]), "".join([]), ",".join("xyz"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
