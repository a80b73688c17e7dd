def check(x):
    assert x > 0
    return x * 2


def check_msg(x):
    assert x > 0, "x must be positive, got %d" % x
    return x


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
print(check_msg(5))
try:
    check_msg(-7)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["non", "string", "message"]
except AssertionError as e:
    print(e.args)
assert True, "not raised"
assert 1 == 1
calls = []


def msg():
    calls.append("msg evaluated")
    return "message"


assert 1, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (1, 2) == (1, 3), (1, 2)
except AssertionError as e:
    print(repr(e))
