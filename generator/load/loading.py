"""Loading one bank file: bytes → text → YAML nodes → the validated bank JSON form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from yaml.nodes import Node

from .bank import read_bank
from .problems import ProblemLog
from .source import read_text
from .yamlnodes import compose


def load_bank(path: Path) -> dict[str, Any]:
    """The bank JSON form of the YAML bank at `path`; raises BankInvalid listing every problem."""
    return load_bank_nodes(path)[0]


def load_bank_nodes(path: Path) -> tuple[dict[str, Any], Node | None]:
    """`load_bank`, with the YAML document's root node too: where notes on a valid bank point."""
    log = ProblemLog(display_path(path))
    text = read_text(path, log)
    root = compose(text, log) if text is not None else None
    bank = read_bank(root, log) if root is not None else {}
    log.raise_if_any()
    return bank, root


def display_path(path: Path) -> str:
    """The path as problems show it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
