# Requests for absurdly large strings, paddings and ranges raise Python
# exceptions (MemoryError, OverflowError, IndexError) instead of aborting.
HUGE = 2**62


def show(label, f):
    try:
        r = f()
        print(label, repr(r)[:40])
    except (MemoryError, OverflowError, IndexError) as e:
        print(label, type(e).__name__, e)


show("center", lambda: "x".center(HUGE))
show("ljust", lambda: "x".ljust(HUGE, "*"))
show("rjust", lambda: "x".rjust(2**45))
show("zfill", lambda: "7".zfill(HUGE))
show("bytes center", lambda: b"x".center(HUGE))
show("bytearray zfill", lambda: bytearray(b"1").zfill(HUGE))
show("format width", lambda: "{:{}}".format(1, HUGE))
show("f-string width", lambda: f"{2.5:>{HUGE}}")
show("format str width", lambda: format("s", str(HUGE)))
show("percent width", lambda: "%*d" % (HUGE, 1))
show("percent width literal", lambda: ("%" + str(HUGE) + "d") % 1)
show("expandtabs", lambda: "\t".expandtabs(HUGE))
show("bytes expandtabs", lambda: b"a\t".expandtabs(2**40))
r = range(-HUGE, HUGE)
show("range len", lambda: len(r))
show("range last", lambda: r[-1])
show("range first", lambda: r[0])
show("range middle", lambda: r[HUGE])
show("range past end", lambda: r[2 * HUGE])
show("range contains", lambda: (5 in r, -HUGE in r, HUGE in r))
show("range index", lambda: r.index(7))
show("range bool", lambda: bool(range(-2**63, 2**63 - 1)))
show("range slice", lambda: r[1:-1][-1])
show("list repeat", lambda: len([0, 1] * 3_000_000))
show("tuple repeat", lambda: (1, 2) * 3)
show("list repeat huge", lambda: [0] * HUGE)
show("nested repeat huge", lambda: [[0] * 2] * HUGE)
