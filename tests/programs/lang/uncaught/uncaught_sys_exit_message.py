import sys


def load(config):
    missing = [k for k in ("host", "port") if k not in config]
    for k in sorted(config):
        print("config", k, "=", config[k])
    return missing


print(load({"host": "x", "port": 1}))
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught:", e.code, e.args)
missing = load({"host": "example"})
print("missing:", missing)
if missing:
    sys.exit("fatal: missing " + ", ".join(missing))
print("not reached")
