tmp = [9]
print(tmp.pop(), tmp, len(tmp))
history = [1, 2, 3]
print(history.pop(1), history)
stack = []
for i in range(4):
    stack.append(i * 10)
    print("push", stack)
while stack:
    print("pop", stack.pop())
print("empty:", stack, len(stack))
stack.extend([1, 2])
print(stack.pop(0), stack.pop(-1), stack)
queue = ["a", "b"]
print(queue.pop(0))
print(queue.pop(0))
print("queue", queue)
print(bool(queue))
print("popping from empty list")
queue.pop()
print("unreachable")
