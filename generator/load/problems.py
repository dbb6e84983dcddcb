"""Located problems: what a bank author needs to fix, and where."""

from __future__ import annotations

from dataclasses import dataclass, field

DOCUMENT = "(document)"
"""The `path` of a problem with the file as a whole rather than one value."""


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    """1-based."""
    col: int
    """1-based, in characters."""
    path: str
    """Where in the bank, e.g. `sections[2].questions[0].weight`, or `(document)`."""
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.path}: {self.message}"


class BankInvalid(Exception):
    """A bank that cannot be used; `problems` lists every reason found, each located."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class BankNotFound(BankInvalid):
    """A bank named on the command line that is not there: no file, or no bank with that id.

    A BankInvalid too, so callers handle both alike; it has no line to point at, so its
    single problem sits at 1:1 of the name given and `str()` leaves the location out.
    """

    def __init__(self, name: str, message: str) -> None:
        super().__init__([Problem(name, 1, 1, DOCUMENT, message)])
        self.name = name
        self.message = message

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


@dataclass
class ProblemLog:
    """Collects the problems of one file, so that all of them are reported at once."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def add(self, line: int, col: int, path: str, message: str) -> None:
        """Record a problem at a 1-based line and column."""
        self.problems.append(Problem(self.file, line, col, path, message))

    def add_at_mark(self, mark: object, path: str, message: str) -> None:
        """Record a problem at a PyYAML mark (0-based line and column)."""
        self.add(getattr(mark, "line", 0) + 1, getattr(mark, "column", 0) + 1, path, message)

    def raise_if_any(self) -> None:
        if self.problems:
            raise BankInvalid(sorted(self.problems, key=lambda p: (p.line, p.col)))
