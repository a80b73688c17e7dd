print("name lookups")
alpha = 1
beta = 2
print(alpha + beta)
gamma = alpha * beta
print(gamma)
names = ["alpha", "beta", "gamma"]
for n in names:
    print(n)
del gamma
try:
    print(gamma)
except NameError as e:
    print("caught:", e)
total = 0
for i in range(5):
    total += i
print(total)
print("about to use an undefined name")
print(alpha + beta + qqq_undefined_value)
