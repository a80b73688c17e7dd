# `global` in exec'd module-level code with separate locals: the declared
# names go to the globals dict, the others to the locals mapping.


def run():
    local_ns = {}
    exec("global shared\nshared = 'g'\nmine = 'l'\ntemp = 0\ndel temp", globals(), local_ns)
    print(sorted(local_ns), shared)
    exec("global shared\nshared += '!'\nprint(shared)", globals(), local_ns)
    exec("global shared\ndel shared", globals(), local_ns)
    print("shared" in globals())
    g = {"count": 1}
    exec("global count\ncount += 1", g, {})
    print(g["count"])


run()
