# except* with continue/return in the try body, finally, in coroutines, nested
# in handlers, in class bodies and at module level (the name is unbound after).
def f(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                return out
            if i % 2 == 0:
                raise ExceptionGroup('g', [ValueError(i)])
        except* ValueError as e:
            out.append(repr(e.exceptions[0]))
        finally:
            out.append('f%d' % i)
    return out
print(f(5))

async def co():
    try:
        raise ExceptionGroup('a', [KeyError('k'), ValueError(2)])
    except* KeyError as e:
        return_value = repr(e)
    except* ValueError:
        pass
    return return_value
c = co()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)

def nested():
    try:
        try:
            raise ExceptionGroup('outer', [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup('inner', [OSError(3)])
            except* OSError as e:
                print('inner caught', repr(e))
            raise KeyError('from handler')
    except* KeyError as e:
        print('outer K', repr(e))
    except* TypeError as e:
        print('outer T', repr(e))
nested()

class C:
    try:
        raise ExceptionGroup('cls', [ValueError(1)])
    except* ValueError as e:
        caught = repr(e)
print(C.caught, hasattr(C, 'e'))
try:
    raise ExceptionGroup('m', [ValueError(1)])
except* ValueError as e:
    mod = e
print(repr(mod), 'e' in globals())
