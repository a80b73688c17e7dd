def invariant(stack):
    assert all(isinstance(x, int) for x in stack)
    return len(stack)


stack = []
for i in range(5):
    stack.append(i * i)
    print("push", i * i, "size", invariant(stack))
while stack:
    top = stack.pop()
    print("pop", top)
    if top == 4:
        break
print(stack)
print("top is", stack[-1])
print("all ints:", all(isinstance(x, int) for x in stack))
stack.append("oops")
print("size now", len(stack))
print(invariant(stack))
print("not reached")
