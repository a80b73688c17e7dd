# sys.set_int_max_str_digits / get_int_max_str_digits move the limit of
# int <-> decimal str conversions (0: none).
import sys


def show(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)


print(sys.get_int_max_str_digits())
show(lambda: len(str(10**4400)))
show(lambda: sys.set_int_max_str_digits(50))
sys.set_int_max_str_digits(0)
show(lambda: len(str(10**4400)))
show(lambda: int("7" * 5000) % 10)
sys.set_int_max_str_digits(maxdigits=1000)
print(sys.get_int_max_str_digits())
show(lambda: len(str(10**999)))
show(lambda: len(str(10**1000)))
show(lambda: int("1" * 1001))
show(lambda: len(hex(10**2000)))
sys.set_int_max_str_digits(4300)
