import inspect


async def greet(name):
    print(f"Hello, {name}!")
    return "greeted"


def plain_greet(name):
    print(f"Hello, {name}!")
    return "greeted"


print("Calling the plain function:")
result = plain_greet("Ada")
print("  it returned", repr(result))

print("Calling the async function:")
coro = greet("Ada")
print("  it returned", coro)
print("  a", type(coro).__name__, "named", coro.__name__)
print("  is it a coroutine object?", inspect.iscoroutine(coro))

# Nothing was greeted. Close the coroutine: we never intend to run it.
coro.close()
print("Done, and greet() never printed anything.")
