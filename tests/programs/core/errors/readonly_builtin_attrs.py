# Setting a data attribute of a builtin object: the message depends on how
# CPython stores it (getset, member) or whether it is a method.
for obj, attr in [(1, 'real'), (True, 'imag'), (1.5, 'imag'), (1j, 'real'), (2, 'numerator'), ([], 'append'),
                  ('s', 'upper'), (1, 'foo'), (slice(1), 'start'), (slice(1), 'indices'), (range(3), 'step')]:
    try:
        setattr(obj, attr, 5)
    except AttributeError as e:
        print(type(obj).__name__, attr, '->', e)
