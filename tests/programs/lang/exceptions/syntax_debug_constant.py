# __debug__ is a constant: binding or deleting it anywhere is a SyntaxError.
for src in ['def f(**__debug__): pass','def f(*__debug__): pass','def f(__debug__): pass','def f(__debug__=1): pass','f(__debug__=1)','__debug__=1','obj.__debug__ = 1','(__debug__ := 1)','del __debug__','(a, __debug__, c) = (1, 2, 3)','(a, *__debug__, c) = (1, 2, 3)','__debug__ : int','__debug__ : int = 1','import sys as __debug__','from sys import path as __debug__','[x for __debug__ in range(5)]','for __debug__ in x: pass','with x as __debug__: pass','class __debug__: pass','def __debug__(): pass','lambda __debug__: 0','del obj.__debug__','x = __debug__', 'def g():\n    __debug__ = 2']:
    try:
        compile(src, '<t>', 'exec'); print(repr(src), 'OK')
    except SyntaxError as e: print(repr(src), e.msg, e.lineno)
print(__debug__)
