# Augmented assignment that falls back to the binary operator names the
# augmented operator in its TypeError (+=, **=, @=...).
for code in ['x=1; x+="a"', 'x="a"; x**=2', 'x=1.5; x|=2', 'x=[]; x-=1', 'x=(1,); x+=[1]', 'x=1; x@=2', 'x=None; x//=2', 'x=1.5; x<<=1', 'x=True; x|=False; print(x)', 'x=2; x**=-1; print(x)', 'x=1; x@2']:
    try: exec(code)
    except TypeError as e: print(code, '->', e)
