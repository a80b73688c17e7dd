# The default repr of instances: module-qualified for user classes, bare for object().
class Plain:
    pass


class Nested:
    class Inner:
        pass


print(repr(object())[:15], str(object())[:15], repr(Plain())[:22], repr(Nested.Inner())[:29])
print(object.__repr__(Plain())[:22], repr(Plain()).endswith(">"))
