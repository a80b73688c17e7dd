count = 5
label = "items"
print(str(count) + " " + label)
print(f"{count} {label}")
print(count * 2, label * 2)
parts = [1, 2, 3]
print(sum(parts))
msg = ""
for p in parts:
    msg += str(p)
print(msg)
values = [1, 2, "3", 4]
acc = 0
for v in values[:2]:
    acc += v
    print("acc", acc)
print("converted", acc + int(values[2]))
print("next line fails")
for v in values:
    acc = acc + v
    print("acc", acc)
