"""The parts of tierpy's sys module written in Python: version_info,
implementation, float_info, int_info and a few constants."""


def _structseq(name, fields):
    """A tuple class with named fields printed as `sys.NAME(field=value, ...)`."""

    def field(i):
        return property(lambda self: self[i])

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f'sys.{name}(' + ', '.join(f'{k}={v!r}' for k, v in zip(fields, self)) + ')'

    ns = {'__new__': __new__, '__repr__': __repr__, '__module__': 'sys', 'n_fields': len(fields)}
    for i, f in enumerate(fields):
        ns[f] = field(i)
    return type(name, (tuple,), ns)


class SimpleNamespace:
    """sys.implementation's type: attributes given as keywords."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        return 'namespace(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'


SimpleNamespace.__module__ = 'types'
version_info = _structseq('version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))(3, 11, 7, 'final', 0)
hexversion = 0x30B07F0
implementation = SimpleNamespace(
    name='cpython', cache_tag='cpython-311', version=version_info, hexversion=hexversion, _multiarch='x86_64-linux-gnu'
)
float_info = _structseq(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'),
)(1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)
int_info = _structseq('int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'))(
    30, 4, 4300, 640
)
hash_info = _structseq(
    'hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')
)(64, (1 << 61) - 1, 314159, 0, 1000003, 'siphash13', 64, 128, 0)
flags = _structseq(
    'flags',
    (
        'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
        'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
        'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
    ),
)(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1)
maxunicode = 0x10FFFF
float_repr_style = 'short'
api_version = 1013


def getdefaultencoding():
    """The default string encoding: 'utf-8'."""
    return 'utf-8'


def getfilesystemencoding():
    """The file system encoding: 'utf-8'."""
    return 'utf-8'


del SimpleNamespace, _structseq


def excepthook(exctype, value, traceback, /):
    """Handle an exception by printing it with its traceback to sys.stderr."""
    from traceback import print_exception

    print_exception(exctype, value, traceback)


__excepthook__ = excepthook
