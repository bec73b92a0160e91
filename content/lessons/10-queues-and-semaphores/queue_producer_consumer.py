import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"{time.perf_counter() - start:.1f} s  {message}")


async def producer(queue):
    for number in range(1, 7):
        await asyncio.sleep(0.2)  # a new order arrives every 0.2 seconds
        await queue.put(f"order {number}")  # waits while the queue is full
        log(f"producer: put order {number} (queue size {queue.qsize()})")


async def consumer(name, seconds, queue):
    while True:
        order = await queue.get()  # waits here while the queue is empty
        log(f"{name}: packing {order}")
        await asyncio.sleep(seconds)  # packing is slower than orders arrive
        log(f"{name}: shipped {order}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [
        asyncio.create_task(consumer("packer A", 1.0, queue)),
        asyncio.create_task(consumer("packer B", 1.5, queue)),
    ]

    await producer(queue)
    await queue.join()  # wait until every order is marked done
    log("all orders shipped")

    for worker in workers:
        worker.cancel()  # consumers loop forever: stop them now


asyncio.run(main())
