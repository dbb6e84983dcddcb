"""The plugin's options: `enabled` first, and the interface's language declared once, in the
config class: the option, else the theme's language when supported, else the default."""

from __future__ import annotations

import pytest

from selfassess.core.locale import FALLBACK_LANGUAGE
from selfassess.mkdocs_plugin.config import SelfassessConfig


def _config(**options: object) -> SelfassessConfig:
    config = SelfassessConfig()
    config.load_dict(options)
    errors, _warnings = config.validate()
    assert not errors, errors
    return config


def test_enabled_is_the_first_option():
    assert next(iter(SelfassessConfig._schema))[0] == "enabled"


@pytest.mark.parametrize(
    ("option", "theme", "expected"),
    [(None, "en", "en"), (None, "es", "es"), (None, "fr", FALLBACK_LANGUAGE),
     (None, None, FALLBACK_LANGUAGE), ("en", "es", "en"), ("es", "en", "es")],
)  # fmt: skip
def test_the_interface_language(option: str | None, theme: str | None, expected: str):
    config = _config(**({"language": option} if option else {}))
    assert config.site_language(theme) == expected
