# A package for user_modules.py.
print("shapes package init, __name__ =", __name__)
KIND = "package"
