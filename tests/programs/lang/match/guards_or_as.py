# Guards, OR patterns, AS patterns, and when names get bound.


def sign(n):
    match n:
        case 0:
            return "zero"
        case x if x > 0:
            return "positive"
        case x:
            return "negative"


print(sign(0), sign(5), sign(-5))

# The guard sees the captured names; names stay bound when the guard fails.
match 10:
    case y if y > 100:
        print("wrong")
    case z:
        print("y still bound:", y, "z:", z)

# A failed pattern binds nothing.
w = "before"
match [1, 2, 3]:
    case [w, 2, 4]:
        print("wrong")
    case _:
        print("w unchanged:", w)

# Guards are evaluated in order, side effects visible, only when the pattern matched.
log = []


def check(tag, result):
    log.append(tag)
    return result


match (1, 2):
    case (1, 3) if check("a", True):
        pass
    case (1, x) if check("b", False):
        pass
    case (1, x) if check("c", True):
        print("third case, x =", x)
print(log)

# OR patterns: alternatives tried left to right, bindings unified.
for v in [1, [2], (3, "x"), {"k": 4}, "nope"]:
    match v:
        case 1 | [2] as hit:
            print("literal or list", hit)
        case (3, a) | {"k": a}:
            print("tuple or dict binds a =", a)
        case _:
            print("none of them")

# Bindings from different alternatives in different orders.
for v in [(1, 2), [2, 1, "rev"]]:
    match v:
        case (a, b) | [b, a, "rev"]:
            print("a =", a, "b =", b)

# Nested OR and AS.
match [1, (2, 3)]:
    case [1 | 2 as first, (2 | 3 as second, 3 | 4) as pair]:
        print(first, second, pair)

# AS binds the whole matched value.
match {"name": "x", "items": [1, 2]}:
    case {"items": [_, *_] as items} as whole:
        print(items, sorted(whole))

# Guard with walrus.
match 5:
    case n if (doubled := n * 2) > 8:
        print("doubled", doubled)


# Match inside loops with break/continue and return from cases.
def first_str(items):
    for item in items:
        match item:
            case int():
                continue
            case str(s):
                return s
            case None:
                break
    return "none found"


print(first_str([1, 2, "three", 4]), first_str([1, None, "x"]), first_str([]))

# Nested match statements.
for a in range(3):
    for b in ["x", "y"]:
        match a:
            case 0:
                match b:
                    case "x":
                        print(a, b, "zero-x")
                    case _:
                        print(a, b, "zero-other")
            case 1 if b == "y":
                print(a, b, "one-y")
            case _:
                pass


# Closures over captured names.
def make():
    match (1, 2):
        case (p, q):
            return lambda: p + q


print(make()())


# Class bodies and generators can match too.
class Config:
    match {"mode": "fast"}:
        case {"mode": mode}:
            speed = 10 if mode == "fast" else 1


print(Config.mode, Config.speed)


def gen(items):
    for it in items:
        match it:
            case [x, y]:
                yield x + y
            case x:
                yield x


print(list(gen([[1, 2], 3, (4, 5)])))

# The subject is evaluated exactly once.
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("subject evaluated", len(calls), "time(s)")

# Rebinding the subject name inside a guard doesn't change the subject.
s = [1, 2]
match s:
    case [a] if (s := "changed"):
        pass
    case [a, b] if (s := "changed"):
        print("still matched the list:", a, b, s)

# No case matches: nothing happens.
match 99:
    case 1:
        print("wrong")
print("done")


# Hot loop so the JIT tiers compile the match.
def hot(n):
    total = 0
    for i in range(n):
        match i % 5, [i, i]:
            case (0, [a, _]):
                total += a
            case (1 | 2, _):
                total += 1
            case (k, [x, y]) if k == 3:
                total += x + y
            case _:
                total -= 1
    return total


print(hot(3000))
