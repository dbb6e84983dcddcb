"""Word runs shared with the seed documents, which we may learn from but never copy.

The seeds themselves stay outside the repository; only hashes of their ten-word runs are kept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

RUN_LENGTH = 10
FINGERPRINT = Path(__file__).with_name("seed_runs.txt")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def run_hash(run: Iterable[str]) -> str:
    return hashlib.sha1(" ".join(run).encode("utf-8")).hexdigest()[:16]


def runs(text: str) -> Iterator[tuple[str, str]]:
    """Every run of RUN_LENGTH consecutive words, as (hash, the words)."""
    seq = words(text)
    for i in range(len(seq) - RUN_LENGTH + 1):
        run = seq[i : i + RUN_LENGTH]
        yield run_hash(run), " ".join(run)


def seed_hashes() -> set[str]:
    return set(FINGERPRINT.read_text(encoding="utf-8").split())


def copied_runs(text: str, hashes: set[str]) -> list[str]:
    return [run for digest, run in runs(text) if digest in hashes]


if __name__ == "__main__":
    # Regenerate the fingerprint: python tests/content/originality.py ../shared/seeds/*.txt
    import sys

    found = {digest for name in sys.argv[1:] for digest, _ in runs(Path(name).read_text("utf-8"))}
    FINGERPRINT.write_text("\n".join(sorted(found)) + "\n", encoding="utf-8")
    print(f"{len(found)} runs from {len(sys.argv) - 1} seeds")
