"""The same mkdocs.yml built by each site engine: ProperDocs (through the plugin) and Zensical
(through the staging folder) give the site MkDocs gives: every generated page, the same form, the
assets, the CSP on every page, the offline worker; and the site's own docs/ is never written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from selfassess.pages.urls import KINDS, page_source
from selfassess.site.engines import ENGINES, installed_engines
from selfassess.site.offline import SERVICE_WORKER, cached_files
from selfassess.site.staging import STAGE
from selfassess.wheel import wheel_filename
from tests.site.sites import (
    OTHER_ENGINES,
    REPO,
    SELFASSESS,
    build,
    build_mini,
    run,
    site_banks,
    write_site_config,
)

CSP_META = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\';'
SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>", re.IGNORECASE)
FORM = re.compile(r'<form class="sa-form".*?</form>', re.DOTALL)


@pytest.fixture(scope="module", params=OTHER_ENGINES)
def engine_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """(engine, the test banks' site it built, the site's folder)."""
    folder = tmp_path_factory.mktemp(f"engine-{request.param}")
    site = build_mini(folder, request.param)
    return request.param, site, folder


def _html(site: Path, source: str) -> str:
    return (site / source.replace("index.md", "index.html")).read_text("utf-8")


def test_every_engine_is_installed_for_the_tests():
    assert installed_engines() == list(ENGINES)


def test_every_generated_page_and_asset_is_built(engine_site):
    _, site, _ = engine_site
    for bank in ("mini", "solo-en"):
        for kind in KINDS:
            assert (site / page_source(bank, kind).replace(".md", ".html")).is_file()
        assert (site / "assets" / "selfassess" / "banks" / f"{bank}.json").is_file()
    assert (site / "calculadoras" / "index.html").is_file()
    assert (site / "assets" / "selfassess" / wheel_filename()).is_file()
    assert (site / "assets" / "selfassess" / "pyodide" / "pyodide.asm.wasm").is_file()
    assert 'data-bank-id="mini"' in _html(site, "index.md")  # the home page's list of banks


def test_the_form_is_the_one_mkdocs_builds(engine_site, mini_site: Path):
    _, site, _ = engine_site
    for bank in ("mini", "solo-en"):
        ours = FORM.search(_html(site, page_source(bank)))
        theirs = FORM.search(_html(mini_site, page_source(bank)))
        assert ours and theirs and ours.group(0) == theirs.group(0)


def test_every_page_carries_the_csp_and_no_inline_script(engine_site):
    _, site, _ = engine_site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        html = page.read_text("utf-8")
        head = html[: html.index("</head>")]
        assert CSP_META in head, page
        assert head.index(CSP_META) < head.index("<script"), page
        for tag in SCRIPT.finditer(html):
            attributes = tag.group("attributes")
            assert "src=" in attributes or "application/json" in attributes, (page, tag.group(0))


def test_the_offline_worker_lists_the_built_site(engine_site):
    _, site, _ = engine_site
    worker = (site / SERVICE_WORKER).read_text("utf-8")
    for name in cached_files(site):
        assert f'"{name}"' in worker
    assert '"assess/mini/index.html"' in worker


def test_the_sites_own_docs_are_only_read(engine_site):
    engine, _, folder = engine_site
    assert sorted(p.name for p in (folder / "docs").rglob("*")) == ["index.md"]
    assert (folder / "docs" / "index.md").read_text("utf-8").endswith(
        "<div data-selfassess-banks></div>\n"
    )
    assert (folder / STAGE).is_dir() == (engine == "zensical")


def test_the_default_site_builds_on_zensical(tmp_path: Path):
    site = tmp_path / "site"
    result = build(REPO / "mkdocs.yml", site, engine="zensical")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site / "guias" / "madurez-cx" / "index.html").is_file()
    assert 'data-bank-id="madurez-cx"' in (site / "index.html").read_text("utf-8")
    assert "data-action=\"erase-all\"" in (site / "privacidad" / "index.html").read_text("utf-8")
    assert not (REPO / "docs" / "es" / "assess").exists()


def test_an_unknown_engine_is_refused_with_the_choices(tmp_path: Path):
    result = run([SELFASSESS, "build", "--engine", "hugo", "-d", tmp_path / "site"])
    assert result.returncode == 2 and not (tmp_path / "site").exists()
    assert "auto" in result.stderr and "zensical" in result.stderr


@pytest.mark.parametrize("engine", OTHER_ENGINES)
def test_a_strict_build_fails_on_a_broken_link_and_says_where(engine: str, tmp_path: Path):
    config = write_site_config(tmp_path, site_banks(tmp_path))
    (tmp_path / "docs" / "extra.md").write_text("# Extra\n\n[gone](missing.md)\n", "utf-8")
    result = build(config, tmp_path / "site", strict=True, engine=engine)
    assert result.returncode != 0 and not (tmp_path / "site").exists()
    assert f"{engine} build failed" in result.stderr and "extra.md" in result.stderr
    assert "Traceback" not in result.stderr and "\x1b[" not in result.stderr
    assert "INFO" not in result.stderr
