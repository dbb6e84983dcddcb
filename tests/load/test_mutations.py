"""Property test: whatever is done to a valid bank, loading returns or raises located problems."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from selfassess.core.model import bank_from_json
from selfassess.load import BankInvalid, load_bank

BANKS = Path(__file__).resolve().parents[1] / "banks"
SOURCES = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in BANKS.glob("*.yml")}

JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.text(max_size=30), st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
)


def _locations(node: Any, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside a parsed bank."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _locations(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _locations(value, (*path, index))
    return found


def _mutate(document: Any, path: tuple, action: str, junk: Any, key: str) -> Any:
    if not path:
        return junk if action == "replace" else document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "drop":
        del parent[last]
    elif action == "replace":
        parent[last] = junk
    elif isinstance(parent[last], dict):
        parent[last][key] = junk
    elif isinstance(parent[last], list):
        parent[last].append(junk)
    else:
        parent[last] = [parent[last], junk]
    return document


@st.composite
def mutated_banks(draw: st.DrawFn) -> str:
    document = json.loads(json.dumps(SOURCES[draw(st.sampled_from(sorted(SOURCES)))]))
    for _ in range(draw(st.integers(1, 3))):
        locations = _locations(document)
        path = draw(st.sampled_from(locations))
        action = draw(st.sampled_from(["drop", "replace", "insert"]))
        document = _mutate(document, path, action, draw(JUNK), draw(st.text(max_size=10)))
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    if draw(st.booleans()):
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.text(max_size=5)) + text[position:]
    return text


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mutated_banks())
@example(text="id: x\nversion: '1'\nlanguages: [es]\ntitle:\n  es: T\n  ? '0\n\n    '\n  : null\n")
def test_mutated_bank_loads_or_reports_located_problems(tmp_path: Path, text: str) -> None:
    bank_file = tmp_path / "mutated.yml"
    bank_file.write_text(text, encoding="utf-8")
    lines = text.splitlines() or [""]
    try:
        data = load_bank(bank_file)
    except BankInvalid as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file.endswith("mutated.yml")
            assert 1 <= problem.line <= len(lines) + 1
            assert problem.col >= 1
            assert problem.path and problem.message
            assert "\n" not in str(problem)
    else:
        bank_from_json(data)
