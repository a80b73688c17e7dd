# A module's namespace is its globals dict: rebinding a global inside the
# module is seen through module.attr, and assignments from outside are seen
# by the module's functions; `from m import x` takes a snapshot.
import globalpkg
import globalpkg.state as st
from globalpkg.state import x as x_snapshot

print('x', st.x, st.get_x())
st.set_x(5)
print('after set_x(5):', st.x, st.get_x(), 'snapshot', x_snapshot)

st.x = 3
print('after st.x = 3:', st.x, st.get_x())

for _ in range(3):
    st.bump()
print('counter', st.counter, st.counter_value(), globalpkg.counter_value())

# Many calls, so that compiled code reads the globals too.
for i in range(2000):
    st.bump()
    if i == 1500:
        st.x = 'mid'
print('counter', st.counter, st.get_x())

st.missing = 'set from outside'
print(st.get_missing(), st.has_name('missing'))
del st.missing
print('deleted:', st.has_name('missing'), hasattr(st, 'missing'))
try:
    st.get_missing()
except NameError as e:
    print('NameError', e)
try:
    del st.missing
except AttributeError as e:
    print('AttributeError', e)

# The namespace, vars() and the functions' __globals__ are one dict.
print(vars(st) is st.__dict__, st.__dict__ is st.get_x.__globals__)
print(type(st.__dict__).__name__, st.__dict__['x'], st.__dict__['__name__'])
st.__dict__['x'] = 'via dict'
print(st.x, st.get_x())
st.get_x.__globals__['counter'] = 100
print(st.counter, st.counter_value())
print(sorted(k for k in vars(st) if not k.startswith('__')))

# setattr / getattr / the package's own globals.
setattr(st, 'config', {'mode': 'b'})
print(st.config, st.get_x.__globals__['config'])
globalpkg.set_pkg_level('changed')
print(globalpkg.PKG_LEVEL, globalpkg.__dict__['PKG_LEVEL'])
print(globalpkg.state is st, globalpkg.__dict__['state'] is st)
print('x_snapshot still', x_snapshot)

# A function defined here and stored into the module still uses our globals.
def reads_main():
    return 'main sees ' + str(x_snapshot)


st.reads_main = reads_main
print(st.reads_main(), reads_main.__globals__ is globals())

# The module attributes set before the code runs, in CPython's order.
print(list(vars(st))[:9])
print(list(vars(globalpkg))[:9])
print(st.__cached__.endswith('__pycache__/state.cpython-311.pyc'), st.__package__, globalpkg.__package__)
