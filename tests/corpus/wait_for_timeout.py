import asyncio

async def eternity():
    try:
        await asyncio.sleep(3600)
        print('yay!')
    finally:
        print("eternity cleaned up")

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')
    print(await asyncio.wait_for(asyncio.sleep(0.5, result="quick"), timeout=1))

asyncio.run(main())
