parts = ["a", "b"]
print("".join(parts) + "c", "-".join(parts + ["c"]))
greeting = "hi" + " " + "there"
print(greeting, len(greeting))
print("n=" + str(5) + ", f=" + str(2.5) + ", b=" + str(True))
name = "Report"
year = 2024
print(name + " " + str(year))
print(f"{name} {year}")
print(name, year, sep=" - ")
parts = [name, str(year), "final"]
print("_".join(parts))
title = name
for suffix in ["A", "B"]:
    title += "-" + suffix
    print(title)
print(len(title), title.upper())
print("concatenating int to str")
label = name + year
print(label)
