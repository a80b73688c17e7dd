"""mappingproxy: the read-only view a class's `__dict__` gives of its namespace
(also `types.MappingProxyType`)."""


class mappingproxy:
    """A read-only proxy of a mapping."""

    __module__ = 'builtins'
    __slots__ = ('_proxied',)

    def __init__(self, mapping):
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not ' + type(mapping).__name__)
        self._proxied = mapping

    def __getitem__(self, key):
        return self._proxied[key]

    def __contains__(self, key):
        return key in self._proxied

    def __iter__(self):
        return iter(self._proxied)

    def __len__(self):
        return len(self._proxied)

    def __reversed__(self):
        return reversed(self._proxied)

    def get(self, key, default=None):
        return self._proxied.get(key, default)

    def keys(self):
        return self._proxied.keys()

    def values(self):
        return self._proxied.values()

    def items(self):
        return self._proxied.items()

    def copy(self):
        return self._proxied.copy()

    def __or__(self, other):
        return dict(self._proxied) | other

    def __ror__(self, other):
        return other | dict(self._proxied)

    def __eq__(self, other):
        return self._proxied == other

    def __ne__(self, other):
        return self._proxied != other

    def __repr__(self):
        return 'mappingproxy(' + repr(self._proxied) + ')'

    def __str__(self):
        return str(self._proxied)

    __hash__ = None
