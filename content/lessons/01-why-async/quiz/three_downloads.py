import time


def download(name):
    time.sleep(1)  # stands in for a 1-second network request
    print(f"{name} downloaded")


for name in ["a.txt", "b.txt", "c.txt"]:
    download(name)
