s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(""))
print(s.endswith((".zip", ".gz")), s.endswith((".zip", ".rar")))
print(s.startswith(("a", "f")), s.startswith(()))
print(s.startswith("name", 4), s.startswith("name", 5))
print(s.endswith("tar", 0, 12), s.endswith("tar", 0, 13))
print("".startswith(""), "".endswith("a"))
print("abc".startswith("abcd"), "abc".endswith("zabc"))
names = ["test_a.py", "b.txt", "test_c.txt", "d.py"]
print([n for n in names if n.startswith("test_")])
print([n for n in names if n.endswith((".py",))])
print([n for n in names if n.startswith("test") and n.endswith("py")])
try:
    s.startswith(["f"])
except TypeError as e:
    print(type(e).__name__, e)
url = "https://example.com/path"
print(url.startswith(("http://", "https://")), url.endswith(("/", "path")))
print(url.startswith("example", 8), url.endswith("com", 0, 19))
print(url.startswith("HTTPS"), url.lower().startswith("https"))
print([ext for ext in [".py", ".txt", ".md"] if "notes.md".endswith(ext)])
