# try/finally with break, continue and return inside hot loops.
log = []

def with_finally(n):
    count = 0
    for i in range(n):
        try:
            if i % 5 == 0:
                continue
            if i == n - 3:
                break
            count += 1
        finally:
            count += 100
    return count

print(with_finally(1000), with_finally(3000))

def ret_in_finally_loop(n):
    total = 0
    for i in range(n):
        try:
            total += i
            if total > 10**6:
                return ("early", i, total)
        finally:
            if i % 1000 == 0:
                log.append(i)
    return ("end", total)

print(ret_in_finally_loop(500), ret_in_finally_loop(5000), log)

def nested(n):
    r = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                r += 1
            finally:
                r += 10
        except KeyError as e:
            r += e.args[0] % 2
        else:
            r += 1000
        finally:
            r -= 1
    return r

print(nested(3000))
i = 0
out = 0
while True:
    try:
        i += 1
        if i > 4000:
            break
        if i % 2:
            continue
        out += i
    finally:
        out += 1
print("while", i, out)

def gen_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed")

tot = 0
gen = gen_finally(3000)
for v in gen:
    tot += v
    if v == 2500:
        break
gen.close()
print(tot, log[-1], len(log))
