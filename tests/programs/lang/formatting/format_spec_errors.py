# format() with specs that fail: which exception CPython raises, and its message.
def t(spec, *vals):
    for v in vals:
        try:
            print(repr(spec), repr(v), '->', repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__, e)


t('c', 97, 0x1F600, -1, 0x110000, 2**70, True)
t('+c', 65)
t('#c', 65)
t(',c', 65)
t('z.1f', -0.01, -0.0, 5)
t('z', 1.5)
t(',s', 'abc')
t('=5', 'ab')
t('d', 1.5, 'a')
t('s', 1, 2.5)
t('.2f', 'x')
t('x', 1.5)
t('_,d', 5)
t('.0x', 5)
t('%', 1)
t('10.3q', 1.5)
t('#s', 'a')
t('+s', 'a')
