"""No text of the project shares a run of ten or more words with the seed documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.content.originality import copied_runs, seed_hashes

ROOT = Path(__file__).resolve().parents[2]
TEXT_PATTERNS = (
    "questionbank/*.yml",
    "docs/**/*.md",
    "generator/**/*.j2",
    "generator/core/locales/*.json",
    "site_plugins/**/*.html",
)
PROJECT_TEXTS = sorted(p for pattern in TEXT_PATTERNS for p in ROOT.glob(pattern))


def test_fingerprint_is_present() -> None:
    assert len(seed_hashes()) > 5000


def test_there_are_texts_to_check() -> None:
    assert PROJECT_TEXTS


@pytest.mark.parametrize("path", PROJECT_TEXTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_run_of_ten_words_is_copied(path: Path) -> None:
    copied = copied_runs(path.read_text(encoding="utf-8"), seed_hashes())
    assert not copied, f"{path.relative_to(ROOT)} repeats the seeds: {copied[:3]}"
