"""The engine's tasks: asyncio's C Task, hashed by creation order (see OrderedTask)."""

from asyncio import Task


class OrderedTask(Task):
    """A task that hashes by its creation order rather than its address.

    asyncio keeps tasks in sets (a TaskGroup's children, `wait()`'s done and pending), and walks
    them to cancel or report: by address, that order changed from run to run of the same program
    in the same Pyodide (which task a TaskGroup cancels first, seen in 1 run of 4). By creation
    order, the same program makes the same trace every time, so a recorded run can be trusted.
    Equality stays identity, as for any task, and it is called Task, as in its repr.
    """

    __slots__ = ("_order",)

    def __init__(self, order, coro, **kwargs):
        super().__init__(coro, **kwargs)
        self._order = order

    def __hash__(self):
        return self._order


OrderedTask.__name__ = OrderedTask.__qualname__ = "Task"

# Task steps and wake-ups are the callbacks of an instance of one of these (loop.py).
TASK_CLASSES = frozenset((Task, OrderedTask))
