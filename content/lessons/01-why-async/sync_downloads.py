import time


def download(name):
    print(f"Downloading {name}...")
    time.sleep(2)  # stands in for waiting on the network
    print(f"Finished {name}")
    return f"{name} (ok)"


def main():
    start = time.perf_counter()
    results = [download(name) for name in ["page-1", "page-2", "page-3"]]
    elapsed = time.perf_counter() - start
    print(results)
    print(f"Total: {elapsed:.1f} s")


main()
