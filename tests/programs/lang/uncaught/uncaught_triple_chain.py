def step_one():
    return int("not a number")


def step_two():
    try:
        step_one()
    except ValueError:
        print("step_two handling ValueError")
        return {}["missing"]


def step_three():
    try:
        step_two()
    except KeyError:
        print("step_three handling KeyError")
        raise RuntimeError("pipeline failed")


try:
    step_three()
except RuntimeError as e:
    print("caught:", e)
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
print("running the pipeline again, unhandled")
step_three()
print("not reached")
