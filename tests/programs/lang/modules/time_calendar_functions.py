# time's calendar functions on fixed instants: gmtime, struct_time, strftime,
# strptime, asctime, mktime (the tests run with TZ unset, i.e. UTC).
import time

for secs in (0, 1000, 951782400, 1709164800.75, -86401, 4102444799, 253402300799):
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone, t.tm_gmtoff, time.localtime(secs).tm_zone, time.strftime("%Z", t))
    print("  ", time.asctime(t), "|", time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %e %C %%", t))
    print("  ", time.mktime(t[:6] + (0, 0, 0)) == (secs // 1), time.strftime("%c | %x | %X | %D | %F | %T | %R", t))

t = time.gmtime(1000)
print(repr(t))
print(t.tm_year, t[0], t[-1], len(t), t[1:3], isinstance(t, tuple), type(t).__name__)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0), {"tm_zone": "XYZ", "tm_gmtoff": 60}).tm_zone)
print(time.struct_time(range(11)).tm_gmtoff)
for bad in ((1, 2, 3), range(12)):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.struct_time(range(9), ["tm_zone", "UTC"])
except TypeError as e:
    print("TypeError:", e)

for text, fmt in (("1970-01-01-00-16-40", "%Y-%m-%d-%H-%M-%S"), ("Thu Jan  1 00:16:40 1970", "%a %b %d %H:%M:%S %Y"),
                  ("29 February 2024 11:05 PM", "%d %B %Y %I:%M %p"), ("99/12/31", "%y/%m/%d"), ("2021 060", "%Y %j")):
    print(tuple(time.strptime(text, fmt)))
for text, fmt in (("2021-13", "%Y-%d"), ("2021x", "%Y"), ("abc", "%Y")):
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)

big = 2**31
for fn in (time.mktime, time.asctime, lambda c: time.strftime("%Y", c)):
    for case in ((big, 1, 1, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, big, 0, 0, 0)):
        try:
            fn(case)
        except OverflowError as e:
            print("OverflowError")
try:
    time.asctime((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(type(time.localtime()).__name__, len(time.ctime()), time.ctime(0))
