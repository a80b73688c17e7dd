# string.Template ($-substitution) and string.Formatter (str.format's steps).
from string import Formatter, Template


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = Template("$who likes ${what}; costs $$5")
show("substitute kw", lambda: t.substitute(who="ann", what="tea"))
show("substitute map", lambda: t.substitute({"who": "bob", "what": 3}))
show("map + kw", lambda: t.substitute({"who": "x", "what": "y"}, who="kw wins"))
show("missing", lambda: t.substitute(who="ann"))
show("safe missing", lambda: t.safe_substitute(who="ann"))
show("tuple value", lambda: Template("$v").substitute(v=(1, 2)))
show("identifiers", lambda: Template("$a ${b} $a $$c $_d9 ${e").get_identifiers())
show("valid", lambda: Template("$a ${b}").is_valid())
show("invalid", lambda: Template("$a $").is_valid())
show("bad placeholder", lambda: Template("ok\nline two $ here").substitute())
show("bad brace", lambda: Template("x ${1}").substitute())
show("safe bad", lambda: Template("cost: $5 and ${oops").safe_substitute())
show("adjacent", lambda: Template("$a$b${a}x").substitute(a=1, b=2))
show("unicode name stops", lambda: Template("$caf\u00e9").safe_substitute(caf="C"))
print(t.template)


class Percent(Template):
    delimiter = "%"


show("custom delimiter", lambda: Percent("%x is %%").substitute(x=10))

f = Formatter()
show("format", lambda: f.format("{} + {} = {sum:>5}", 2, 3, sum=5))
show("numbered", lambda: f.format("{1}{0}{1}", "a", "b"))
show("nested spec", lambda: f.format("[{0:{1}}]", 42, "^8"))
show("conversions", lambda: f.format("{0!r} {0!s} {0!a}", "h\u00e9"))
show("attr/index", lambda: f.format("{0.real} {1[k]} {2[1]}", 3, {"k": "v"}, [7, 8]))
show("escapes", lambda: f.format("{{literal}} {}", 1))
show("parse", lambda: list(f.parse("a{0}b{x!r:>{w}}c{{}}")))
show("parse tail", lambda: list(f.parse("only text")))
show("single }", lambda: f.format("oops }"))
show("single {", lambda: f.format("oops {"))
show("mixing", lambda: f.format("{} {0}", 1))
show("bad conversion", lambda: f.format("{0!x}", 1))
show("missing kw", lambda: f.format("{nope}"))
show("missing index", lambda: f.format("{3}", 1))


class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return args[key]


show("subclass", lambda: Upper().format("{0} {name} {other:>4}", "abc", name="zed", other="q"))
show("vformat", lambda: f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
