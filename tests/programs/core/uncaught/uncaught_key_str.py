defaults = {"timeout": 30, "retries": 3}
merged = dict(defaults)
merged.update({"retries": 5})
print(merged)
print(defaults["timeout"], merged["retries"])
print(sorted(defaults), len(merged))
config = {"host": "localhost", "port": 8080, "debug": False}
for k in config:
    print(k, config[k])
print(config.get("user", "anonymous"))
print("user" in config, "host" in config)
config["user"] = "admin"
del config["debug"]
print(config)
print(sorted(config))
print(config.pop("user"), config)
keys = ["host", "port", "timeout"]
for k in keys:
    print("looking up", k)
    print(config[k])
