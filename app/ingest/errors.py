"""Why a file cannot be loaded."""


class RejectedFiling(ValueError):
    """The input is not a 6-K filing sixk can load; the message says what was missing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
