"""Valid banks kept between builds, so that rebuilding a site does not parse unchanged YAML again.

Loading a bank (YAML parsing with line numbers, then validation) is a pure function of the
file's bytes and of the loader's code, and was a sixth of a whole site build. The bank JSON of
each valid bank is kept in the site's `.cache/selfassess/banks/` (where Material's plugins keep
their caches too), one file per bank file, under a key that hashes the bytes and the code. A bank
with problems is never kept, so its messages are always current; any trouble with the cache
only means the bank is loaded as if there were none.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

import selfassess.core
import selfassess.load
from selfassess.filemode import replace_atomically
from selfassess.load import load_bank

FOLDER = Path(".cache") / "selfassess" / "banks"
"""The cache, relative to the folder of the site's configuration."""


def load_bank_cached(path: Path, cache: Path) -> dict[str, Any]:
    """`load_bank(path)`, from `cache` when this file's bytes were loaded by this code before."""
    try:
        key = _key(path.read_bytes())
    except OSError:
        return load_bank(path)  # which says what is wrong with the file
    entry = cache / f"{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]}.json"
    try:
        kept = json.loads(entry.read_bytes())
        if kept["key"] == key:
            return kept["bank"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    bank = load_bank(path)
    _store(entry, {"key": key, "bank": bank})
    return bank


def _key(content: bytes) -> str:
    return hashlib.sha256(_code_fingerprint().encode() + b"\0" + content).hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the code a bank's JSON form depends on: the loader, the core and its catalogues
    (the default labels), PyYAML, Python (whose Unicode tables the loader's text normalization
    follows)."""
    digest = hashlib.sha256(f"{sys.version}\0{yaml.__version__}\0".encode())
    for package in (selfassess.load, selfassess.core):
        folder = Path(package.__file__).parent
        for source in sorted([*folder.rglob("*.py"), *folder.rglob("locales/*.json")]):
            digest.update(source.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(source.read_bytes())
    return digest.hexdigest()


def _store(entry: Path, kept: dict[str, Any]) -> None:
    """Written whole, then renamed: a build running beside this one never reads half a file."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(entry, json.dumps(kept, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # not kept: loaded again next build
