"""The hostile corpus (tests/hostile/): files we did not write, read by the core and the CLI.

Each file has a `.expected` JSON: what `read_response` says of it (refused with problems, or
read with warnings) and what `compare` says when it is the baseline. The CLI's `score`,
`aggregate` and `compare` must say exactly the same, exit cleanly, and render every format
with the file's strings as text: no markup of theirs reaches a report.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from selfassess.core.aggregate import rejection
from selfassess.core.compare import read_snapshot
from selfassess.core.locale import locale
from selfassess.core.model import bank_from_json
from selfassess.core.responses import MAX_FILE_BYTES, ResponseInvalid, read_response
from selfassess.load import load_bank
from tests.cli.conftest import REPO, Run

CORPUS = REPO / "tests" / "hostile"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".json", ".bin"))
MINI_YML = REPO / "tests" / "banks" / "mini.yml"
BANK = bank_from_json(load_bank(MINI_YML))


def outcome(read: Callable[[], Any]) -> dict[str, Any]:
    """{"refused": bool, "messages": [...]} of a core reader, source names made bare."""
    try:
        warnings = read()
    except ResponseInvalid as error:
        return {"refused": True, "messages": error.problems}
    return {"refused": False, "messages": list(warnings)}


def core_outcomes(case: Path) -> dict[str, Any]:
    data = case.read_bytes()
    return {
        "response": outcome(lambda: read_response(data, BANK, case.name).warnings),
        "compare": outcome(lambda: read_snapshot(data, BANK, case.name)[1]),
    }


def expected(case: Path) -> dict[str, Any]:
    return json.loads(case.with_suffix(".expected").read_text("utf-8"))


def test_corpus_covers_every_kind_of_hostile_file() -> None:
    names = {c.stem for c in CASES}
    assert {"not-json", "truncated", "deeply-nested", "wrong-types", "unknown-ids", "proto-keys",
            "markup-everywhere", "report-markup"} <= names  # fmt: skip
    assert all(c.with_suffix(".expected").is_file() for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_core_says_what_is_expected(case: Path) -> None:
    assert core_outcomes(case) == expected(case)


@pytest.fixture
def at_corpus(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the corpus folder, so messages name files as the core saw them."""
    monkeypatch.chdir(CORPUS)
    return CORPUS


class _Elements(HTMLParser):
    """The elements and event-handler attributes of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def _no_live_markup(html: str) -> None:
    """The document holds no script, image or event handler: the file's markup stayed text."""
    elements = _Elements()
    elements.feed(html)
    assert not elements.tags & {"script", "img", "iframe", "object"}, elements.tags
    assert elements.handlers == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cli_score_says_the_same_and_renders_text(
    case: Path, cli: Callable[..., Run], at_corpus: Path
) -> None:
    want = expected(case)["response"]
    for format_ in ("md", "csv", "json", "html"):
        run = cli("score", MINI_YML, case.name, "--format", format_)
        assert run.err.splitlines() == want["messages"]
        assert "Traceback" not in run.err
        assert run.status == (2 if want["refused"] else 0)
        if format_ == "html":
            _no_live_markup(run.out)


def test_cli_aggregate_lists_refused_files_and_uses_the_rest(
    cli: Callable[..., Run], at_corpus: Path
) -> None:
    names = [c.name for c in CASES]
    run = cli("aggregate", MINI_YML, *names, "--format", "html")
    assert run.status == 0 and "Traceback" not in run.err
    errors = run.err.splitlines()
    unusable = {c.name for c in CASES if _all_answers_unusable(c)}
    assert unusable == {"unknown-ids.json", "wrong-answer-types.json"}
    for case in CASES:
        want = expected(case)["response"]
        if want["refused"]:
            reason = rejection(case.name, ResponseInvalid(want["messages"])).reason
            assert f"{case.name}: not used: {reason}" in errors
        elif case.name in unusable:
            reason = locale("en").text("report.no_usable_answer")
            assert f"{case.name}: not used: {reason}" in errors
        else:
            assert not any(e.startswith(f"{case.name}: not used") for e in errors)
    _no_live_markup(run.out)
    team = json.loads(cli("aggregate", MINI_YML, *names, "--format", "json").out)
    used = [c for c in CASES if not expected(c)["response"]["refused"] and c.name not in unusable]
    assert team["respondents"] == len(used)


def _all_answers_unusable(case: Path) -> bool:
    """Read, but every answer it gives is dropped: a team does not count it."""
    try:
        return read_response(case.read_bytes(), BANK, case.name).unusable
    except ResponseInvalid:
        return False


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cli_compare_says_the_same_and_renders_text(
    case: Path, cli: Callable[..., Run], at_corpus: Path
) -> None:
    want = expected(case)["compare"]
    for format_ in ("md", "html"):
        run = cli("compare", MINI_YML, case.name, "markup-accepted.json", "--format", format_)
        messages = run.err.splitlines()
        if not want["refused"]:
            messages = messages[: len(want["messages"])]
        assert messages == want["messages"]
        assert run.status == (2 if want["refused"] else 0) and "Traceback" not in run.err
        if format_ == "html":
            _no_live_markup(run.out)


@pytest.mark.parametrize("command", ["score", "aggregate", "compare"])
def test_a_huge_file_is_refused_before_parsing(
    command: str, cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.json"
    # Valid JSON that nests too deep: were it parsed, the message would differ.
    huge.write_bytes(b"[" * (MAX_FILE_BYTES // 2 + 1) + b"]" * (MAX_FILE_BYTES // 2 + 1))
    monkeypatch.chdir(tmp_path)
    too_big = ("huge.json: the file is larger than 5 MB (5,242,880 bytes), the most a response "
               "file can be; choose the response file saved from the assessment page")  # fmt: skip
    for reader in (read_response, lambda d, b, s: read_snapshot(d, b, s)):
        with pytest.raises(ResponseInvalid) as raised:
            reader(huge.read_bytes(), BANK, "huge.json")
        assert raised.value.problems == [too_big]
    args = {"score": ["huge.json"], "aggregate": ["huge.json"],
            "compare": ["huge.json", CORPUS / "markup-accepted.json"]}[command]  # fmt: skip
    run = cli(command, MINI_YML, *args)
    assert run.status != 0 and "Traceback" not in run.err
    assert too_big.removeprefix("huge.json: ") in run.err
