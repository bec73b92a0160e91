import asyncio

# Strong references to running tasks (the event loop keeps only weak ones).
background_tasks = set()


async def send_email(address):
    await asyncio.sleep(1)
    print(f"email sent to {address}")


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    # Forget the task once it has finished.
    task.add_done_callback(background_tasks.discard)


async def main():
    for address in ["ada@example.com", "grace@example.com"]:
        fire_and_forget(send_email(address))
    print(f"main: {len(background_tasks)} tasks running in the background")

    await asyncio.sleep(1.5)  # main carries on with other things meanwhile
    print(f"main: {len(background_tasks)} tasks still running")


asyncio.run(main())
