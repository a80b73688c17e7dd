def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(is_even(10), is_odd(10))
print(is_even(7), is_odd(7))
print(is_even(400))
try:
    is_even(-1)
except RecursionError:
    print("caught negative input")
print(is_odd(555))
for n in [0, 1, 2]:
    print(n, is_even(n))
print(is_odd(-3))
print("not reached")
