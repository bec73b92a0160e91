import asyncio


async def count_words(text):
    await asyncio.sleep(0.5)  # pretend the text arrives over the network
    return len(text.split())


async def main():
    total = 0
    for line in ["an event loop runs coroutines", "asyncio.run starts one"]:
        total += await count_words(line)
    return total


# Plain code up here: no event loop is running yet.
print("Before asyncio.run")
# Start a loop, run main() to the end, close the loop, return main's result.
words = asyncio.run(main())
print("asyncio.run returned", words)
