log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)

i = 0
while True:
    i += 1
    try:
        if i < 3:
            continue
        print("breaking at", i)
        break
    finally:
        print("finally", i)


def break_swallows():
    for j in range(3):
        try:
            raise ValueError(j)
        finally:
            print("break in finally", j)
            break
    return "done"


print(break_swallows())


def cont_in_finally():
    out = []
    for j in range(3):
        try:
            if j == 1:
                raise KeyError(j)
            out.append(j)
        finally:
            out.append("f")
            continue
    return out


print(cont_in_finally())
for a in range(2):
    for b in range(3):
        try:
            if b == 1:
                break
        finally:
            print("inner finally", a, b)
