import sys
print('a', flush=True)
print('b', end='', flush=False)
sys.stdout.flush()
print('c', flush=1)
