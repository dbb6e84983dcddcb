"""questionbank/schema.json agrees with the loader on valid banks and rejects malformed ones."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "questionbank" / "schema.json").read_text(encoding="utf-8"))
VALID = sorted([*(REPO / "tests" / "banks").glob("*.yml"), *(REPO / "questionbank").glob("*.yml")])
MALFORMED = [
    "bad-ids", "checklist-all-zero", "choice-one-option", "empty-text", "labels-on-choice",
    "missing-bank-fields", "missing-question-fields", "negative-weight", "option-id-na",
    "option-value-out-of-range", "options-missing", "options-on-fixed-types",
    "scale-labels-not-five", "targets-out-of-range", "unknown-key-far", "unknown-keys-close",
    "unknown-type", "unsupported-language", "version-as-number", "wrong-types",
    "model2-answer-set-unknown", "model2-condition-malformed", "model2-display-scale",
    "model2-exclusive-not-checklist", "model2-level-beyond-count", "model2-stage-rules-unknown",
    "model2-steps-unknown-option", "model2-answer-set-steps",
]
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _EditorLoader(yaml.SafeLoader):
    """Reads YAML as editors do (YAML 1.2 core schema): only true/false are booleans, no dates."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (BOOL, TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_EditorLoader.add_implicit_resolver(
    BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_as_editor(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_EditorLoader)


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_schema_property_has_a_description() -> None:
    """Editors show descriptions on hover; a key without one is a key left unexplained."""
    missing = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if "description" not in sub and "$ref" not in sub:
                    missing.append(f"{where}.{name}")
            for key, sub in node.items():
                if key != "allOf":  # conditions restate properties that are described above
                    walk(sub, f"{where}.{key}")

    walk(SCHEMA, "")
    assert missing == []


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_bank_passes_the_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = [e.message for e in validator.iter_errors(read_as_editor(path))]
    assert errors == []


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_bank_fails_the_schema(name: str) -> None:
    instance = read_as_editor(REPO / "tests" / "malformed" / f"{name}.yml")
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(instance)
