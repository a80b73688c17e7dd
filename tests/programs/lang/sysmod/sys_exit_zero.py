import sys


def main():
    print("main running")
    for i in range(3):
        print("step", i)
    return 0


code = main()
print("exit code will be", code)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught exit", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("caught None exit", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught text exit", repr(e.code))
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    raise SystemExit(0)
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
print("now exiting with", code)
sys.exit(code)
print("not reached")
