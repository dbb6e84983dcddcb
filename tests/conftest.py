"""Shared fixtures: the small test banks in tests/banks/, loaded the way the CLI loads them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from selfassess.core.model import Bank, bank_from_json
from selfassess.load import load_bank

TESTS = Path(__file__).parent
REPO = TESTS.parent

# Property tests check what they assert, not how fast a busy machine builds their inputs.
# In CI they replay a fixed sequence of examples, so a landing never hinges on a lucky draw;
# local runs keep exploring new examples.
settings.register_profile(
    "selfassess",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("selfassess")


@pytest.fixture
def banks_dir() -> Path:
    """tests/banks/: small valid banks (mini: es+en, every type; solo-en: one language)."""
    return TESTS / "banks"


@pytest.fixture
def load_test_bank(banks_dir: Path) -> Callable[[str], Bank]:
    """Load tests/banks/NAME.yml through the YAML loader into a Bank."""

    def load(name: str) -> Bank:
        return bank_from_json(load_bank(banks_dir / f"{name}.yml"))

    return load


@pytest.fixture
def mini_bank(load_test_bank: Callable[[str], Bank]) -> Bank:
    return load_test_bank("mini")
