# The heapq, bisect, copy and errno modules (written in Python).
import heapq, bisect, copy, errno
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 9]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
for pr, name in [(2, "write"), (1, "read"), (3, "exec"), (1, "again")]:
    heapq.heappush(tasks, (pr, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0)
print(a, bisect.bisect([(1, "a"), (3, "c")], 2, key=lambda p: p[0]))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
class P:
    def __init__(self, xs):
        self.xs = xs
src = {"a": [1, [2, 3]], "t": (1, [4]), "s": {5}, "p": P([6])}
sh, dp = copy.copy(src), copy.deepcopy(src)
src["a"][1].append(99); src["p"].xs.append(7)
print(sh["a"], dp["a"], dp["t"], dp["s"], dp["p"].xs, sh["p"].xs, sh is not src, dp["p"] is not src["p"])
cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[0], copy.copy((1, 2)), copy.deepcopy((1, 2)), copy.copy(P([1])).xs)
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deep"
print(copy.copy(C()), copy.deepcopy([C()]))
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.errorcode[2], errno.errorcode[errno.ETIMEDOUT])
print(OSError(errno.ENOENT, "missing").errno == errno.ENOENT)
