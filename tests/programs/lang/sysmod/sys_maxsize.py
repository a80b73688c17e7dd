import sys

print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1)
print(type(sys.maxsize).__name__)
print(sys.maxsize + 1)
print(-sys.maxsize - 1)
print(sys.maxsize * 2)
print(sys.maxsize // 2 ** 32)
print(hex(sys.maxsize))
print(len(str(sys.maxsize)))
print(sys.maxsize > 10 ** 18, sys.maxsize < 10 ** 19)
big = sys.maxsize
big += 1
print(big, big - 1 == sys.maxsize)
print([1, 2, 3][:sys.maxsize])
print(range(sys.maxsize)[-1] == sys.maxsize - 1)
print(len(range(0, sys.maxsize, 2 ** 40)))
print(min(sys.maxsize, 5), max(-sys.maxsize, -5))
print(float(sys.maxsize))
print(sys.maxsize % 1000, (sys.maxsize + 1) % 1000)
print(sys.maxsize.bit_length(), (sys.maxsize + 1).bit_length())
print(bin(sys.maxsize).count("1"))
