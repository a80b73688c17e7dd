def work():
    for i in range(100000):
        if i == 5000:
            raise KeyboardInterrupt

print("before")
work()
