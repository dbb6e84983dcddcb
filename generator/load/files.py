"""Finding bank files: folders expanded, ids resolved against a folder of banks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from .loading import display_path
from .problems import BankNotFound, ProblemLog
from .source import read_text
from .yamlnodes import compose

BANK_SUFFIXES = (".yml", ".yaml")


def find_bank_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given and folders expanded to their YAML files, sorted; BankNotFound if missing."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir()
                                if p.suffix in BANK_SUFFIXES and p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise BankNotFound(display_path(path), "no such file or folder")
    return found


def resolve_bank(arg: str, bank_dir: Path) -> Path:
    """The bank file that `arg` names: a path to a YAML file, or a bank id in `bank_dir`.

    An id matches a file's stem or the `id` written in the file.
    """
    path = Path(arg)
    if path.is_file():
        return path
    if path.suffix in BANK_SUFFIXES or "/" in arg or "\\" in arg:
        raise BankNotFound(arg, "no such file")
    candidates = sorted(p for p in bank_dir.glob("*") if p.suffix in BANK_SUFFIXES) \
        if bank_dir.is_dir() else []
    # In order, reading a file's own id only when its name does not match: each one is a parse.
    for candidate in candidates:
        if arg == candidate.stem or arg == _declared_id(candidate):
            return candidate
    available = ", ".join(sorted({_declared_id(p) or p.stem for p in candidates})) or "none"
    raise BankNotFound(arg, f"no bank file and no bank with this id in "
                       f"{display_path(bank_dir)}/ (banks there: {available})")


def _declared_id(path: Path) -> str | None:
    """The `id` at the top of a bank file, when it can be read at all."""
    log = ProblemLog(str(path))
    text = read_text(path, log)
    root = compose(text, log) if text is not None else None
    if not isinstance(root, MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
            return value.value
    return None
