print("before")
x = b"ab" "cd"
print(x)
