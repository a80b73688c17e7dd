# re: search/match/fullmatch, groups (named too), findall/finditer, sub with
# templates and functions, split, flags, escape, errors.
import re
print(re.findall(r'\w+', 'Hello, world! 42 times'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\d+)', 'x12y345'))
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2023-07-15 ok')
print(m, m.group(), m.group(1), m.group('mon'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end(), m['year'], m.lastindex, m.lastgroup)
print(re.match(r'a+', 'aaab'), re.match(r'b', 'ab'), re.fullmatch(r'[a-c]+', 'abcab'), re.fullmatch(r'a', 'ab'))
print(re.sub(r'\s+', ' ', '  a   b \n c '), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site x@y'), re.subn('a', 'b', 'aaa', count=2))
print(re.sub('x*', '-', 'abxd'), re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'(,)', 'a,b'), re.split('x*', 'axbc'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.escape('a.b*c?'), re.findall('', 'ab'))
p = re.compile(r'^\s*(\w+)\s*=\s*(.*)$', re.M)
print(p.findall('a = 1\n  bb=two\nbad line\n'), p, p.pattern, p.groups, p.flags & re.M)
print(re.compile('ab', re.I | re.S), re.search('HELLO', 'say hello', re.I).group(), re.findall('^a.', 'ab\nac', re.M | re.S))
print([m.span() for m in re.finditer(r'\d+', 'a1bb22ccc333')], bool(re.search('z', 'abc')))
try:
    re.compile('(')
except re.error as e:
    print('error', type(e).__name__)
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'), re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').groups('-'))
print(re.findall(r'[^aeiou\s]+', 'hello world'), re.findall(r'\bth\w*', 'the other thing'), re.findall(r'a{2,3}', 'aaaa aa a'))
print(re.findall(r'\$\d+\.\d{2}', 'cost $10.50 or $3.99'), re.split(r'\W+', 'Words, words, words.'), re.findall(r'[\w.]+@[\w.]+', 'mail a.b@c.org now'))
print(re.M | re.I, re.I, re.NOFLAG, re.compile('a').flags, type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__)
for pat, s in [(r'(\d+)-(\d+)', 'tel 555-1234 and 777-8888'), (r'[A-Z][a-z]+', 'Alice met Bob in Paris'), (r'\s*,\s*', 'a , b,c')]:
    print(re.findall(pat, s), re.sub(pat, '#', s), re.split(pat, s))
words = 'the cat sat on the mat'.split()
print(sorted(set(w for w in words if re.fullmatch(r'[a-z]at', w))), [re.sub(r'^(.)', lambda m: m.group(1).upper(), w) for w in words])
