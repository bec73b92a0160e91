import time


def handle_request(number):
    # The "work": building a small reply takes almost no time.
    work_start = time.perf_counter()
    reply = f"reply {number}".upper()
    working = time.perf_counter() - work_start

    # The "wait": a database query that answers after 1 second.
    wait_start = time.perf_counter()
    time.sleep(1)
    waiting = time.perf_counter() - wait_start
    return reply, working, waiting


total_working = 0.0
total_waiting = 0.0
for number in range(1, 4):
    reply, working, waiting = handle_request(number)
    total_working += working
    total_waiting += waiting
    print(f"{reply} sent")

print(f"Time spent working: {total_working:.1f} s")
print(f"Time spent waiting: {total_waiting:.1f} s")
