counter = 0
def increment():
    global counter
    counter += 1
    return counter
for i in range(5):
    increment()
print(counter)
def set_value(v):
    global value
    value = v
set_value(42)
print(value)
set_value("changed")
print(value)
total = 100
def read_only():
    return total * 2
print(read_only())
def shadow():
    total = 5
    return total
print(shadow(), total)
history = []
def record(x):
    history.append(x)
record(1)
record(2)
print(history)
def reset():
    global history
    history = []
reset()
print(history)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
