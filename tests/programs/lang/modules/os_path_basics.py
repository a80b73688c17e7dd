# os and os.path: path string handling, and the environment/listing calls
# whose results do not depend on the machine.
import os
import os.path
from os.path import basename, join, splitext

print(os.path is os.path, os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.name)
print(join("a", "b", "c.txt"), join("/root", "/abs", "x"), join("dir/", "f"), join("", "f"))
for p in ("/usr/lib/python3.11/os.py", "relative/file.tar.gz", "/", "", "name", ".bashrc", "a/b/", "//x//y"):
    print(repr(p), os.path.split(p), splitext(p), repr(basename(p)), repr(os.path.dirname(p)),
          os.path.isabs(p), os.path.normpath(p))
print(os.path.normpath("/a/./b/../../c//d/"), os.path.normpath("../../x/.."), os.path.normpath("a/../.."))
print(os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/usr/lib/x", "/usr/lib/y"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
try:
    join("a", 5)
except TypeError as e:
    print("TypeError:", e)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.isfile(os.path.abspath(__file__)), os.path.exists(join(here, "no-such-file")))
print(basename(__file__) in os.listdir(here), os.path.isabs(os.getcwd()))
try:
    os.listdir(join(here, "no-such-dir"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
print(type(os.environ).__name__, os.getenv("TIERPY_SURELY_UNSET_VARIABLE", "fallback"), isinstance(os.getpid(), int))
print(os.fspath("p"), os.strerror(2))
