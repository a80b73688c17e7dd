# probes: str(), repr() of floats, concatenation and join
def main():
    out = []
    for i in range(200000):
        out.append(str(i) + ":" + repr(i * 0.5))
    s = ",".join(out)
    print(len(s), hash(s) is not None)
main()
