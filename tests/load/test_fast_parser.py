"""libyaml reads banks fast; what it gives must be exactly what PyYAML's own parser gives.

Every YAML file of the project, and random edits of the banks, are composed twice, with and
without libyaml: the same nodes (values, tags, styles, and the line and column where each
starts) and the same problems, or the same located refusal.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode

from selfassess.load import yamlnodes
from selfassess.load.problems import ProblemLog

REPO = Path(__file__).resolve().parents[2]
FILES = sorted(
    p
    for folder in ("questionbank", "tests/banks", "tests/malformed")
    for p in (REPO / folder).glob("*.yml")
)
BANKS = [p.read_text(encoding="utf-8") for p in (REPO / "tests" / "banks").glob("*.yml")]
YAMLISH = st.sampled_from([*"?:,-[]{}#&*!|>'\"%@` \n\t\\xyz¿é0", "? ", ": ", "\n  ", "- "])


def _shape(node: Node | None) -> Any:
    if node is None:
        return None
    # Problems are located by start marks only; end marks may differ (at the end of a file).
    marks = (node.start_mark.line, node.start_mark.column)
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.value, node.style or None, marks)
    if isinstance(node, MappingNode):
        children = [(_shape(k), _shape(v)) for k, v in node.value]
    else:
        children = [_shape(child) for child in node.value]
    return (type(node).__name__, node.tag, bool(node.flow_style), children, marks)


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast_log = ProblemLog("bank.yml")
    fast = _shape(yamlnodes.compose(text, fast_log)), fast_log.problems
    with monkeypatch.context() as patch:
        patch.setattr(yamlnodes, "CParser", None)
        pure_log = ProblemLog("bank.yml")
        pure = _shape(yamlnodes.compose(text, pure_log)), pure_log.problems
    return fast, pure


def test_libyaml_is_used() -> None:
    assert yamlnodes.CParser is not None, "PyYAML without libyaml: bank loading is slow"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_project_yaml_composes_identically(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, pure = _both(path.read_text(encoding="utf-8"), monkeypatch)
    assert fast == pure


def test_question_mark_in_flow_text_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """libyaml alone would accept `{es: ¿Seguro?}`; PyYAML, whose rules banks follow, does not."""
    (fast_root, fast_problems), pure = _both("text: {es: ¿Seguro?, en: Sure?}\n", monkeypatch)
    assert fast_root is None
    assert "expected ',' or '}', but got '?'" in fast_problems[0].message
    assert (fast_root, fast_problems) == pure


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bank=st.sampled_from(BANKS), edits=st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 3), YAMLISH),
    min_size=1, max_size=4))
def test_edited_banks_compose_identically(
    bank: str, edits: list[tuple[float, int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = bank
    for where, removed, inserted in edits:
        at = int(where * len(text))
        text = text[:at] + inserted + text[at + removed:]
    fast, pure = _both(text, monkeypatch)
    assert fast == pure


def test_empty_flow_value_keeps_pure_parser_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """libyaml would place the empty value of `{es: Web, en:  }` at the `}`, not after `:`."""
    fast, pure = _both("label: {es: Web, en:  }\n", monkeypatch)
    assert fast == pure
    root, _ = fast
    label = root[3][0][1]
    empty_value = label[3][1][1]
    assert empty_value[4] == (0, 20)
