import asyncio
import inspect


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


async def main():
    loop = asyncio.get_running_loop()

    # 1. A coroutine object: the result of calling an async function.
    coro = add(1, 2)
    print("coroutine awaitable?", inspect.isawaitable(coro))
    print("  awaited ->", await coro)

    # 2. A task: a coroutine the event loop runs on its own (see lesson 5).
    task = asyncio.create_task(add(3, 4))
    print("task awaitable?", inspect.isawaitable(task))
    print("  awaited ->", await task)

    # 3. A future: a placeholder for a result that is set later.
    future = loop.create_future()
    loop.call_later(0.5, future.set_result, "set by the loop")
    print("future awaitable?", inspect.isawaitable(future))
    print("  awaited ->", await future)

    # 4. asyncio.sleep is a coroutine function: the function is not awaitable,
    #    the coroutine object that calling it returns is.
    print("asyncio.sleep awaitable?", inspect.isawaitable(asyncio.sleep))
    pause = asyncio.sleep(0.5, result="woke up")
    print("asyncio.sleep(0.5, ...) awaitable?", inspect.isawaitable(pause))
    print("  awaited ->", await pause)

    # A plain value is not awaitable: `await 42` would raise a TypeError.
    print("42 awaitable?", inspect.isawaitable(42))


asyncio.run(main())
