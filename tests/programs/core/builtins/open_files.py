# open(): text and binary files, reading, writing, appending, updating,
# print(file=...), line iteration, newline handling, and the errors a user
# gets for bad modes, missing files, directories and existing files.
import os
p = 'tierpy_open_test_%d.txt' % os.getpid()  # runs in several tier modes at once
f = open(p, 'w')
print(repr(f).replace(p, 'P'))
print(f.write('héllo\r\nworld\n'), f.writable(), f.readable())
f.close()
try:
    f.write('x')
except ValueError as e:
    print(e)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([line for line in f])
with open(p, newline='') as f:
    print(f.readlines())
with open(p, 'a') as f:
    f.write('more\n')
q = p + '2'
with open(q, 'w') as f:
    f.write('abc\ndé\n')
with open(q, 'a') as f:
    f.write('more\n')
    print(f.tell())
os.remove(q)
with open(p, 'rb') as f:
    print(repr(f).replace(p, 'P'), f.read())
with open(p, 'r+') as f:
    f.write('J')
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end='')
    try:
        f.write('x')
    except Exception as e:
        print(type(e).__name__, e)
with open(p, 'wb') as f:
    print(f.write(b'\x00\x01'))
    try:
        f.write('s')
    except TypeError as e:
        print(e)
print(open(p, 'rb').read())
f = open(p, 'w')
print('printed', 42, file=f)
f.close()
print(open(p).read(), end='')
for bad in ('q', 'rw', 'rr', 'bt', 'b'):
    try:
        open(p, bad)
    except ValueError as e:
        print(bad, e)
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
try:
    open('no/such/file.txt')
except OSError as e:
    print(type(e).__name__, e)
try:
    open('.')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
try:
    open(2.5)
except TypeError as e:
    print(e)
os.remove(p)
print(os.path.exists(p))
try:
    os.remove(p)
except FileNotFoundError as e:
    print(str(e).replace(p, 'P'))
