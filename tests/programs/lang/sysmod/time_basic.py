import time

t0 = time.perf_counter()
w0 = time.time()
print(type(t0).__name__, type(w0).__name__)
print(isinstance(t0, float), isinstance(w0, float))
total = 0
for i in range(20000):
    total += i * i
print(total)
t1 = time.perf_counter()
w1 = time.time()
print(t1 - t0 >= 0, w1 - w0 >= 0)
print(t1 >= t0)
print(w0 > 1_000_000_000)
elapsed = t1 - t0
print(type(elapsed).__name__)
print(elapsed < 60)
samples = [time.perf_counter() for _ in range(5)]
print(all(b >= a for a, b in zip(samples, samples[1:])))
print(len(samples))
m = time.monotonic()
print(isinstance(m, float), time.monotonic() >= m)
print(callable(time.sleep))
time.sleep(0)
print("slept zero seconds")
print(isinstance(time.time_ns(), int))
