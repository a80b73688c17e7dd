# textwrap: wrap/fill with indents and hyphen handling, shorten, dedent, indent.
import textwrap

text = ("A well-known state-of-the-art approach wraps long paragraphs of text, "
        "keeping words such as mother-in-law together where it can, and "
        "splitting Supercalifragilisticexpialidocious when it must.")
for width in (12, 25, 40):
    print(f"--- width {width}")
    print(textwrap.fill(text, width))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 10, break_long_words=False))
print(textwrap.fill(text, 35, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("tabs\there\nand newlines   kept?", 12, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=3, placeholder="~"))
print(textwrap.shorten(text, 40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=15, break_on_hyphens=True)
print(w.wrap("hyphen--dash a-b-c-d-e-f-g-h long-ish"))

block = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("\tx\n\ty\n")))
print(textwrap.indent("one\n\ntwo\n", "> "))
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True))
