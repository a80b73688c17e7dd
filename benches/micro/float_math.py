# probes: math.sqrt/sin/cos on floats
import math
def main():
    t = 0.0
    for i in range(1, 1000000):
        t += math.sqrt(i) * math.sin(i) / (1.0 + math.cos(i) ** 2)
    print(round(t, 6))
main()
