"""Sites built once per session with the real MkDocs: the default site and the test banks' site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.sites import REPO, build, site_banks, write_site_config


def _built(config: Path, site_dir: Path) -> Path:
    result = build(config, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def default_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default CX audit site (mkdocs.yml, Spanish)."""
    return _built(REPO / "mkdocs.yml", tmp_path_factory.mktemp("default") / "site")


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of the test banks mini and solo-en."""
    folder = tmp_path_factory.mktemp("mini")
    config = write_site_config(folder, site_banks(folder))
    return _built(config, folder / "site")


@pytest.fixture(scope="session")
def default_en_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default CX audit site in English (mkdocs.en.yml)."""
    return _built(REPO / "mkdocs.en.yml", tmp_path_factory.mktemp("default-en") / "site")
