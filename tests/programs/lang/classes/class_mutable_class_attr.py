class Team:
    members = []

    def __init__(self, name):
        self.name = name

    def join(self, person):
        self.members.append(person)


class FixedTeam:
    def __init__(self, name):
        self.name = name
        self.members = []

    def join(self, person):
        self.members.append(person)


a = Team("a")
b = Team("b")
a.join("ann")
b.join("bob")
print(a.members, b.members, Team.members, a.members is b.members)
c = FixedTeam("c")
d = FixedTeam("d")
c.join("cat")
d.join("dan")
print(c.members, d.members)
a.members = ["only-a"]
print(a.members, b.members, Team.members)


class Config:
    defaults = {"debug": False}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)


x = Config(debug=True)
y = Config()
print(x.settings, y.settings, Config.defaults)
Config.defaults["verbose"] = 1
z = Config()
print(z.settings, y.settings)
