# A method that replaces itself in its class while it runs, then makes the
# collector run: the running function must stay alive (compiled callers
# call methods straight into their code), and later calls find the new one.
class C:
    def m(self, k):
        if k == 150:
            C.m = C.other
            junk = [[i] * 3 for i in range(60000)]
            del junk
            return sum(k for _ in range(3)) + self.extra(k)
        return k + 1

    def other(self, k):
        return -k

    def extra(self, k):
        return k * 1000


def run():
    c = C()
    t = 0
    for k in range(300):
        t += c.m(k)
    return t


print(run())
print(C.m is C.other, C().m(5))
