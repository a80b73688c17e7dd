x = ("str"
     b"bytes")
