class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return "HTTP %d for %s" % (self.status, self.url)


def fetch(url):
    print("fetching", url)
    if "bad" in url:
        raise HttpError(404, url)
    return "<html>%s</html>" % url


print(fetch("/home"))
try:
    fetch("/bad-link")
except HttpError as e:
    print("caught:", e)
    print(repr(e))
    print(e.args, e.status)
pages = ["/a", "/b", "/bad/c"]
for p in pages:
    print(len(fetch(p)))
print("not reached")
