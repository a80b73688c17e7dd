def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(500))
print(depth_sum(600))
def build(n):
    if n == 0:
        return []
    return [n] + build(n - 1)
lst = build(500)
print(len(lst), lst[:3], lst[-3:])
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n % 7)
    return count_down(n - 1, acc)
r = count_down(600, [])
print(len(r), sum(r))
def nest(n):
    if n == 0:
        return "x"
    return "(" + nest(n - 1) + ")"
s = nest(500)
print(len(s), s[:10], s[-10:])
def mutual_a(n):
    if n <= 0:
        return "a"
    return mutual_b(n - 1)
def mutual_b(n):
    if n <= 0:
        return "b"
    return mutual_a(n - 1)
print(mutual_a(500), mutual_a(499))
def str_len(s):
    if not s:
        return 0
    return 1 + str_len(s[1:])
print(str_len("y" * 600))
