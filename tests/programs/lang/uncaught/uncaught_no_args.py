class Empty(Exception):
    pass


def pop_all(stack):
    out = []
    while True:
        if not stack:
            raise Empty
        out.append(stack.pop())
        print("popped", out[-1])
        if len(out) == 3:
            return out


print(pop_all([1, 2, 3, 4]))
try:
    pop_all([1])
except Empty as e:
    print("caught Empty:", repr(e), e.args, repr(str(e)))
print(pop_all(list("abcdef")))
print(pop_all([9, 8]))
print("not reached")
