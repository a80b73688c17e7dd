print("recursion helpers follow")
def descend(n):
    if n == 0:
        return {}["bottom"]
    return descend(n - 1)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(100))
print(count(400))
def safe(n):
    try:
        return descend(n)
    except KeyError as e:
        return "caught " + str(e)
print(safe(10))
print(safe(300))
for n in [1, 2, 3]:
    print(n, safe(n))
print("now uncaught from depth 200")
descend(200)
