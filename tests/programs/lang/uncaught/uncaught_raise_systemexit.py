class Job:
    def __init__(self, name, ok):
        self.name = name
        self.ok = ok

    def run(self):
        print("running", self.name)
        return self.ok


jobs = [Job("fetch", True), Job("build", True), Job("deploy", False), Job("notify", True)]
failed = 0
try:
    raise SystemExit(9)
except SystemExit as e:
    print("intercepted exit code", e.code)
for job in jobs:
    try:
        if not job.run():
            failed += 1
            print("job failed:", job.name)
            raise SystemExit(5)
    finally:
        print("finished", job.name)
print("not reached")
