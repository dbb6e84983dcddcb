"""Sites built once per session with the real MkDocs: the default site and the test banks' site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.sites import REPO, build_mini, built


@pytest.fixture(scope="session")
def default_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default CX audit site (mkdocs.yml, Spanish)."""
    return built(REPO / "mkdocs.yml", tmp_path_factory.mktemp("default") / "site")


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of the test banks mini and solo-en."""
    return build_mini(tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="session")
def default_en_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default CX audit site in English (mkdocs.en.yml)."""
    return built(REPO / "mkdocs.en.yml", tmp_path_factory.mktemp("default-en") / "site")
