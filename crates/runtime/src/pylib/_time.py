"""The parts of tierpy's time module written in Python: struct_time and the
calendar functions. tierpy's local time is UTC (the zone of the machines it
runs on): localtime() is gmtime() and mktime() its inverse."""

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')
_C_INT = 1 << 31
_dict = dict


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


class struct_time(tuple):
    """The time as a 9-tuple (year, month, day, hour, minute, second, weekday,
    day of the year, DST flag), with tm_zone and tm_gmtoff besides."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if not 9 <= len(items) <= 11:
            kind = 'at least' if len(items) < 9 else 'at most'
            size = 9 if len(items) < 9 else 11
            raise TypeError(f'time.struct_time() takes an {kind} {size}-sequence ({len(items)}-sequence given)')
        if dict is not None and not isinstance(dict, _dict):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        self._zone, self._gmtoff = extra
        if dict:
            self._zone = dict.get('tm_zone', self._zone)
            self._gmtoff = dict.get('tm_gmtoff', self._gmtoff)
        return self

    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        parts = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({parts})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


for _i, _n in enumerate(_FIELDS):
    setattr(struct_time, _n, _field(_i))
del _i, _n


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return days + (month > 2 and _is_leap(year))


def _days_from_civil(year, month, day):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(days):
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (month <= 2), month, day


def _seconds(secs):
    if secs is None:
        from time import time
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
    elif not isinstance(secs, int):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    secs = int(secs // 1)
    if not -(1 << 63) <= secs < 1 << 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


def gmtime(secs=None):
    """The struct_time of secs since the epoch, in UTC."""
    secs = _seconds(secs)
    days, rest = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    if not -_C_INT < year - 1900 < _C_INT:
        raise OverflowError('timestamp out of range for platform time_t')
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    yday = _days_before_month(year, month) + day
    return struct_time((year, month, day, hour, minute, second, (days + 3) % 7, yday, 0, 'GMT', 0))


def localtime(secs=None):
    """The struct_time of secs since the epoch in local time (UTC here)."""
    return struct_time(tuple(gmtime(secs)), {'tm_zone': 'UTC', 'tm_gmtoff': 0})


def _checked(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{name}(): illegal time tuple argument')
    for v in t:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        if not -_C_INT <= v < _C_INT:
            raise OverflowError('Python int too large to convert to C int')
    if not -_C_INT <= t[0] - 1900 < _C_INT:
        raise OverflowError('year out of range')
    return t


def mktime(t):
    """The seconds since the epoch of a local time tuple (UTC here), as a float."""
    t = _checked(t, 'mktime')
    year, month, day, hour, minute, second = t[:6]
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_from_civil(year, month, 1) + day - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (now when omitted)."""
    t = _checked(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7][:3], _MONTHS[(t[1] - 1) % 12][:3], t[2], t[3], t[4],
                                            t[5], t[0])


def ctime(secs=None):
    """asctime() of localtime(secs)."""
    return asctime(localtime(secs))


def _week_number(t, first_weekday):
    yday, wday = t[7] - 1, t[6]
    return (yday + 7 - (wday - first_weekday) % 7) // 7


def _directive(c, t):
    year, month, day, hour, minute, second, wday, yday = t[:8]
    if c == 'Y':
        return str(year)
    if c == 'm':
        return '%02d' % month
    if c == 'd':
        return '%02d' % day
    if c == 'e':
        return '%2d' % day
    if c == 'H':
        return '%02d' % hour
    if c == 'I':
        return '%02d' % ((hour + 11) % 12 + 1)
    if c == 'M':
        return '%02d' % minute
    if c == 'S':
        return '%02d' % second
    if c == 'p':
        return 'AM' if hour < 12 else 'PM'
    if c == 'y':
        return '%02d' % (year % 100)
    if c == 'C':
        return '%02d' % (year // 100)
    if c == 'j':
        return '%03d' % yday
    if c == 'a':
        return _DAYS[wday % 7][:3]
    if c == 'A':
        return _DAYS[wday % 7]
    if c in 'bh':
        return _MONTHS[(month - 1) % 12][:3]
    if c == 'B':
        return _MONTHS[(month - 1) % 12]
    if c == 'w':
        return str((wday + 1) % 7)
    if c == 'u':
        return str(wday % 7 + 1)
    if c == 'U':
        return '%02d' % _week_number(t, 6)
    if c == 'W':
        return '%02d' % _week_number(t, 0)
    if c == 'Z':
        return getattr(t, 'tm_zone', None) or 'UTC'
    if c == 'z':
        return '+0000'
    if c == 'c':
        return asctime(t)
    if c == 'x':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if c == 'X' or c == 'T':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if c == 'D':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if c == 'F':
        return '%d-%02d-%02d' % (year, month, day)
    if c == 'R':
        return '%02d:%02d' % (hour, minute)
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == '%':
        return '%'
    return '%' + c


def strftime(format, t=None):
    """format with its % directives replaced by the parts of a time tuple."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    t = _checked(t, 'strftime')
    out, i = [], 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            out.append(_directive(format[i + 1], t))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _number(text, pos, width):
    end = pos
    while end < len(text) and end - pos < width and text[end].isdigit():
        end += 1
    if end == pos:
        return None, pos
    return int(text[pos:end]), end


def _name(text, pos, names):
    for full in names:
        for candidate in (full, full[:3]):
            if text[pos:pos + len(candidate)].lower() == candidate.lower():
                return names.index(full), pos + len(candidate)
    return None, pos


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """The struct_time a string written in format stands for."""
    fields = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0}
    weekday, yday, pm = None, None, None
    pos, i = 0, 0
    widths = {'Y': 4, 'm': 2, 'd': 2, 'H': 2, 'I': 2, 'M': 2, 'S': 2, 'y': 2, 'j': 3, 'e': 2}

    def mismatch():
        return ValueError(f'time data {string!r} does not match format {format!r}')

    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d in widths:
                value, pos = _number(string, pos, widths[d])
                if value is None:
                    raise mismatch()
                if d == 'y':
                    fields['Y'] = value + (1900 if value >= 69 else 2000)
                elif d == 'j':
                    yday = value
                elif d == 'I':
                    fields['H'] = value % 12
                elif d == 'e':
                    fields['d'] = value
                else:
                    fields[d] = value
            elif d in 'bBh':
                value, pos = _name(string, pos, _MONTHS)
                if value is None:
                    raise mismatch()
                fields['m'] = value + 1
            elif d in 'aA':
                weekday, pos = _name(string, pos, _DAYS)
                if weekday is None:
                    raise mismatch()
            elif d == 'p':
                word = string[pos:pos + 2].upper()
                if word not in ('AM', 'PM'):
                    raise mismatch()
                pm, pos = word == 'PM', pos + 2
            elif d == '%':
                if string[pos:pos + 1] != '%':
                    raise mismatch()
                pos += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{format}'")
        elif c.isspace():
            i += 1
            while pos < len(string) and string[pos].isspace():
                pos += 1
        else:
            if string[pos:pos + 1] != c:
                raise mismatch()
            pos += 1
            i += 1
    if pos != len(string):
        raise ValueError(f'unconverted data remains: {string[pos:]}')
    if pm is not None:
        fields['H'] = fields['H'] % 12 + (12 if pm else 0)
    year, month, day = fields['Y'], fields['m'], fields['d']
    if yday is not None:
        year, month, day = _civil_from_days(_days_from_civil(year, 1, 1) + yday - 1)
    days = _days_from_civil(year, month, day)
    yday = _days_before_month(year, month) + day
    return struct_time((year, month, day, fields['H'], fields['M'], fields['S'], (days + 3) % 7, yday, -1, None, None))
