import sys


def main():
    steps = ["load", "check", "save"]
    done = []
    try:
        for s in steps:
            print("step", s)
            done.append(s)
            if s == "check":
                print("check failed, exiting")
                sys.exit(4)
    finally:
        print("cleanup after", done)
    print("not reached inside main")


try:
    sys.exit(1)
except SystemExit as e:
    print("first exit caught:", e.code)
main()
print("not reached")
