# complex.__complex__ and complex.__getnewargs__.
z = 3+4j
print(z.__complex__(), type(z.__complex__()).__name__, z.__getnewargs__(), (5j).__getnewargs__(), (1-0j).__complex__() is not None)
