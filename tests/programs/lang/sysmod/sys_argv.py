import sys

print(type(sys.argv).__name__)
print(len(sys.argv))
print(sys.argv[1:])
print(isinstance(sys.argv[0], str))
print(len(sys.argv) >= 1)
args = sys.argv[1:]
if args:
    print("got arguments:", args)
else:
    print("no arguments")
flags = [a for a in args if a.startswith("-")]
positional = [a for a in args if not a.startswith("-")]
print(flags, positional)
count = len(sys.argv) - 1
print("argument count:", count)
verbose = "-v" in sys.argv[1:]
print("verbose:", verbose)
copy = list(sys.argv)
copy.append("extra")
print(len(copy) == len(sys.argv) + 1)
print(sys.argv[1:2], sys.argv[5:])
print(all(isinstance(a, str) for a in sys.argv))
