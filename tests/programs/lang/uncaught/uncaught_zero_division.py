def average_rate(events, seconds):
    print("events", events, "seconds", seconds)
    return events / seconds


def ratios(pairs):
    out = []
    for a, b in pairs:
        out.append(a // b)
        print("partial", out)
    return out


print(average_rate(10, 4))
print(ratios([(10, 3), (9, 3), (7, -2)]))
try:
    average_rate(1, 0)
except ZeroDivisionError as e:
    print("caught:", e)
print(ratios([(5, 5), (8, 0), (1, 1)]))
print("not reached")
