class StateMachine:
    transitions = {"idle": ["running"], "running": ["paused", "stopped"], "paused": ["running"]}

    def __init__(self):
        self.state = "idle"
        self.history = ["idle"]

    def go(self, new):
        allowed = self.transitions.get(self.state, [])
        if new not in allowed:
            raise RuntimeError("illegal transition %s -> %s" % (self.state, new))
        self.state = new
        self.history.append(new)
        print("now", new)


m = StateMachine()
m.go("running")
m.go("paused")
m.go("running")
try:
    m.go("idle")
except RuntimeError as e:
    print("caught:", e)
print(m.history)
m.go("stopped")
m.go("running")
print("not reached")
