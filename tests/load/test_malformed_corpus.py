"""The golden corpus: every bank in tests/malformed/ fails with exactly the expected messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfassess.load import BankInvalid, load_bank
from selfassess.load.defaults import MAX_FILE_BYTES
from selfassess.load.problems import ProblemLog
from selfassess.load.source import read_text

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "malformed"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yml", ".bin"))


@pytest.fixture(autouse=True)
def _paths_relative_to_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def test_corpus_is_large_and_complete() -> None:
    assert len(CASES) >= 40
    assert all(case.with_suffix(".expected").is_file() for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_malformed_bank_gives_expected_messages(case: Path) -> None:
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    with pytest.raises(BankInvalid) as caught:
        load_bank(case.relative_to(REPO))
    assert str(caught.value).splitlines() == expected
    assert [str(p) for p in caught.value.problems] == expected


def test_file_over_two_megabytes_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yml"
    # Not YAML at all: a parse would report a syntax error instead of the size.
    big.write_bytes(b"{[" * (MAX_FILE_BYTES // 2 + 1))
    with pytest.raises(BankInvalid) as caught:
        load_bank(big)
    (problem,) = caught.value.problems
    assert (problem.line, problem.col, problem.path) == (1, 1, "(document)")
    assert problem.message == (f"the file is {MAX_FILE_BYTES + 2:,} bytes; a bank may be at most "
                               "2,097,152 bytes (2 MB): split it into several banks")


def test_file_of_exactly_two_megabytes_is_read(tmp_path: Path) -> None:
    edge = tmp_path / "edge.yml"
    head = "id: edge\n"
    edge.write_text(head + "#" * (MAX_FILE_BYTES - len(head)), encoding="utf-8")
    log = ProblemLog("edge.yml")
    assert read_text(edge, log) is not None
    assert log.problems == []
