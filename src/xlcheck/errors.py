"""Errors that reach the user as one line and exit status 2."""

from __future__ import annotations


class InputError(Exception):
    """A problem with something the user gave us: a file, a column, an option.

    The message is one line that names the file and, where known, the place in it.
    """

    def __init__(self, path: str | None, message: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.detail = message
        super().__init__(self.format())

    def format(self) -> str:
        if self.path is None:  # an option, not a file
            return self.detail
        where = self.path
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.detail}"
