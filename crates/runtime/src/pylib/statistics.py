"""tierpy's statistics: averages and spread of numeric data computed exactly
(with fractions) and converted back to the data's type as CPython 3.11 does:
mean, fmean, geometric_mean, harmonic_mean, median (low/high), mode,
multimode, variance, pvariance, stdev, pstdev."""

import math as _math
from collections import Counter as _Counter
from fractions import Fraction as _Fraction

__all__ = ['StatisticsError', 'mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low',
           'median_high', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev']


class StatisticsError(ValueError):
    pass


def _coerce(T, S):
    """The type a mix of T and S values is reported in."""
    if T is S or S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, _Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, _Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _exact_sum(data):
    """(type, exact total, count) of the data; the total is a Fraction, or
    a float infinity/NaN when the data holds one."""
    T, count, total, special = int, 0, _Fraction(0), None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            total += _Fraction(n, d)
    return T, (total if special is None else special), count


def _convert(value, T):
    """value (a Fraction) as type T (float when T is int and value is not whole)."""
    if type(value) is T:
        return value
    if isinstance(value, _Fraction) and issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def mean(data):
    """The arithmetic mean, exact, in the data's type."""
    T, total, n = _exact_sum(list(data))
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean as a float (optionally weighted)."""
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """The geometric mean, as a float."""
    data = list(data)
    if not data:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers')
    try:
        return _math.exp(fmean(map(_math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (0 when a value is 0)."""
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if len(data) == 1 and weights is None:
        if data[0] < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return data[0]
    if weights is None:
        weights, wsum = [1] * len(data), len(data)
    else:
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError('Number of weights does not match data size')
        wsum = _exact_sum(weights)[1]
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    try:
        T, total, _ = _exact_sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_Fraction(wsum) / total, T)


def median(data):
    """The middle value (mean of the two middle values for an even count)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The lower of the two middle values for an even count."""
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[(len(data) - 1) // 2]


def median_high(data):
    """The higher of the two middle values for an even count."""
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def mode(data):
    """The most common value (the first seen among equals)."""
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Every most common value, in order of first appearance."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [v for v, c in counts.items() if c == top]


def _sum_of_squares(data, center):
    """(type, exact sum of squared deviations from the mean or center)."""
    T, total, n = _exact_sum(data)
    if center is None:
        if not isinstance(total, _Fraction):
            return T, total
        center = total / n
    else:
        T = _coerce(T, type(center))
        if isinstance(center, float) and not _math.isfinite(center):
            return T, center
        center = _Fraction(*_ratio(center))
    squares = _Fraction(0)
    for x in data:
        n_, d_ = _ratio(x)
        if d_ is None:
            return T, n_
        dev = _Fraction(n_, d_) - center
        squares += dev * dev
    return T, squares


def _sqrt_frac(q):
    """The square root of a non-negative Fraction as a correctly rounded float."""
    n, d = q.numerator, q.denominator
    if n == 0:
        return 0.0
    shift = max(0, 110 - (n.bit_length() - d.bit_length())) // 2
    root, exact = _math.isqrt((n << (2 * shift)) // d), (n << (2 * shift)) % d == 0
    if not exact or root * root != (n << (2 * shift)) // d:
        root |= 1
    return root / (1 << shift)


def _spread(data, center, subtract, name, minimum):
    data = list(data)
    if len(data) < minimum:
        raise StatisticsError(f'{name} requires at least {"one" if minimum == 1 else "two"} data point'
                              f'{"" if minimum == 1 else "s"}')
    T, ss = _sum_of_squares(data, center)
    if not isinstance(ss, _Fraction):
        return T, ss
    return T, ss / (len(data) - subtract)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    T, v = _spread(data, xbar, 1, 'variance', 2)
    return _convert(v, T) if isinstance(v, _Fraction) else v


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    T, v = _spread(data, mu, 0, 'pvariance', 1)
    return _convert(v, T) if isinstance(v, _Fraction) else v


def stdev(data, xbar=None):
    """The sample standard deviation."""
    T, v = _spread(data, xbar, 1, 'stdev', 2)
    return _sqrt_frac(v) if isinstance(v, _Fraction) else _math.sqrt(v)


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, v = _spread(data, mu, 0, 'pstdev', 1)
    return _sqrt_frac(v) if isinstance(v, _Fraction) else _math.sqrt(v)
