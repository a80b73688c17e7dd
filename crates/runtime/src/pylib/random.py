"""tierpy's random: the Mersenne Twister (MT19937) generator with CPython 3.11's
seeding and derived distributions, so a seeded generator gives CPython's exact
numbers. Seeds may be None, int, float, str, bytes or bytearray (str and bytes
are hashed with SHA-512, written here in Python, as CPython's version-2 seeding)."""

from math import log as _log, exp as _exp, pi as _pi, sqrt as _sqrt, cos as _cos, sin as _sin
from math import floor as _floor, ceil as _ceil, isfinite as _isfinite, isqrt as _isqrt
from math import acos as _acos, e as _e
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import time as _time

__all__ = ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange',
           'shuffle', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate',
           'gammavariate', 'triangular', 'gauss', 'betavariate', 'paretovariate',
           'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'choices', 'randbytes']

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_N = 624
_M = 397
_MASK32 = 0xffffffff
_UPPER = 0x80000000
_LOWER = 0x7fffffff
_MATRIX_A = 0x9908b0df


def _int_words(n):
    """The 32-bit words of the non-negative int n, least significant first ([0] for 0)."""
    words = [n & _MASK32]
    n >>= 32
    while n:
        words.append(n & _MASK32)
        n >>= 32
    return words


_MASK64 = (1 << 64) - 1
_sha512_tables = []


def _first_primes(count):
    primes, p = [], 2
    while len(primes) < count:
        if all(p % q for q in primes if q * q <= p):
            primes.append(p)
        p += 1
    return primes


def _icbrt(n):
    """The integer cube root of n >= 1 (Newton's method from above)."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _sha512_setup():
    """SHA-512's initial hash (square roots of the first 8 primes) and round
    constants (cube roots of the first 80), computed once."""
    if not _sha512_tables:
        primes = _first_primes(80)
        _sha512_tables.append([_isqrt(p << 128) & _MASK64 for p in primes[:8]])
        _sha512_tables.append([_icbrt(p << 192) & _MASK64 for p in primes])
    return _sha512_tables


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK64


def _sha512(data):
    """The SHA-512 digest (64 bytes) of the bytes `data`."""
    initial, k = _sha512_setup()
    h = list(initial)
    length = len(data)
    msg = bytes(data) + b'\x80' + bytes((111 - length) % 128) + (length * 8).to_bytes(16, 'big')
    for start in range(0, len(msg), 128):
        w = [int.from_bytes(msg[start + 8 * i:start + 8 * i + 8], 'big') for i in range(16)]
        for t in range(16, 80):
            x, y = w[t - 15], w[t - 2]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            t1 = (hh + (_rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41))
                  + ((e & f) ^ (~e & g)) + k[t] + w[t]) & _MASK64
            t2 = ((_rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39))
                  + ((a & b) ^ (a & c) ^ (b & c))) & _MASK64
            a, b, c, d, e, f, g, hh = (t1 + t2) & _MASK64, a, b, c, (d + t1) & _MASK64, e, f, g
        h = [(x + y) & _MASK64 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)


def _as_index(x, what):
    """x as an int for randrange; integral floats are accepted (CPython 3.11
    warns about them), other non-integers raise CPython's ValueError."""
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return x.__index__()
    ix = int(x)
    if ix != x:
        raise ValueError('non-integer ' + what + ' for randrange()')
    return ix


class Random:
    """A Mersenne Twister generator with its own state."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._index = _N
        self.seed(x)
        self.gauss_next = None

    # -- the core generator ------------------------------------------------

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j, nkey = 1, 0, len(key)
        for _ in range(max(_N, nkey)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= nkey:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = _UPPER

    def _twist(self):
        mt = self._mt
        for kk in range(_N):
            y = (mt[kk] & _UPPER) | (mt[(kk + 1) % _N] & _LOWER)
            mt[kk] = mt[(kk + _M) % _N] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        self._index = 0

    def _genrand32(self):
        if self._index >= _N:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        return y ^ (y >> 18)

    def seed(self, a=None, version=2):
        """Initializes the state from a (None: from the clock)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in a:
                x = ((1000003 * x) ^ ord(c)) & _MASK64
            a = x ^ len(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(bytes(a) + _sha512(a), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            n = _time.time_ns() ^ (id(self) << 20)
        elif isinstance(a, int):
            n = abs(int(a))
        else:
            n = hash(a) & _MASK64
        self._init_by_array(_int_words(n))
        self.gauss_next = None

    def random(self):
        """The next float in [0.0, 1.0), with 53 random bits."""
        a = self._genrand32() >> 5
        b = self._genrand32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._genrand32() >> (32 - k) if k else 0
        result, shift = 0, 0
        while k > 0:
            r = self._genrand32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        """Restores a state from getstate()."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError('state with version %s passed to Random.setstate() of version %s'
                             % (version, self.VERSION))
        _, internal, self.gauss_next = state
        if not isinstance(internal, tuple):
            raise TypeError('state vector must be a tuple')
        if len(internal) != _N + 1:
            raise ValueError('state vector is the wrong size')
        index = internal[_N]
        if not 0 <= index <= _N:
            raise ValueError('invalid state')
        self._mt = [x & _MASK32 for x in internal[:_N]]
        self._index = index

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    # -- integers and sequences --------------------------------------------

    def _randbelow(self, n):
        """An int in [0, n), n > 0, from just enough random bits."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        """A random item from range(start, stop[, step])."""
        istart = _as_index(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _as_index(stop, 'stop')
        width = istop - istart
        istep = _as_index(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int in [a, b]."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random element of the non-empty sequence seq."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list x in place."""
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements chosen from the sequence population."""
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, '__getitem__'):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_bisect(cum_counts, s)] for s in self.sample(range(total), k=k)]
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword argument: k=%r'
                                % weights) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions -----------------------------------------

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution (Box-Muller, values made in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """The log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """The exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution (circular data) with mean angle mu."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u = random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """The gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """The beta distribution on [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """The Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
