attempts = []


def flaky(n):
    attempts.append(n)
    if n < 3:
        raise ConnectionError("attempt %d failed" % n)
    return "success on %d" % n


result = None
for i in range(5):
    try:
        result = flaky(i)
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print("got:", result)
        break
    finally:
        print("attempt", i, "finished")
print(result, attempts)


def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(int(it))
        except ValueError as e:
            bad.append(str(e))
        except TypeError as e:
            bad.append("type: " + str(e))
    return good, bad


g, b = parse_all(["1", "x", "3", None, "4.5", " 7 "])
print(g)
for m in b:
    print(m)
print(issubclass(ConnectionError, OSError))
