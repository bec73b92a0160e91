"""Exceptions that end a run early.

They derive from BaseException so that a user's `except Exception:` cannot swallow them.
"""


class LimitReached(BaseException):
    kind = "limit"

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class TimeLimit(LimitReached):
    kind = "time"


class StepLimit(LimitReached):
    kind = "steps"


class OutputLimit(LimitReached):
    kind = "output"


class Deadlock(LimitReached):
    kind = "deadlock"


class ShutdownStuck(LimitReached):
    """The tasks left after a limit would not finish cancelling."""

    kind = "stuck"
