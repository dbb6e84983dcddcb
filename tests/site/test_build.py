"""The default site and a test-bank site, built with the real MkDocs and inspected as files."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from selfassess.load import find_bank_files, load_bank
from selfassess.pages.urls import page_url
from selfassess.runtime import PYODIDE_FILES
from selfassess.startup import RESTORED_STDLIB, SNAPSHOT, site_core_wheel
from selfassess.wheel import wheel_filename
from tests.site.sites import (
    MKDOCS,
    OTHER_ENGINES,
    PYTHON,
    REPO,
    build,
    run,
    site_banks,
    write_site_config,
)

ASSETS = Path("assets/selfassess")
DEFAULT_BANKS = [load_bank(p) for p in find_bank_files([REPO / "questionbank"])]
MINI = load_bank(REPO / "tests" / "banks" / "mini.yml")


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_default_site_has_a_page_and_a_printable_questionnaire_per_bank(default_site: Path):
    assert DEFAULT_BANKS, "questionbank/ holds no bank"
    for bank in DEFAULT_BANKS:
        page = Elements((default_site / "assess" / bank["id"] / "index.html").read_text("utf-8"))
        assert page.find("form", **{"data-selfassess-bank": bank["id"]})
        printable = default_site / "assess" / bank["id"] / "print" / "index.html"
        hook = {"data-selfassess-print": bank["id"]}
        assert Elements(printable.read_text("utf-8")).find("form", **hook)


def test_home_lists_every_bank_with_its_size(default_site: Path):
    home = Elements((default_site / "index.html").read_text("utf-8"))
    listed = {a["data-bank-id"]: a for a in home.find("li") if "data-bank-id" in a}
    assert set(listed) == {b["id"] for b in DEFAULT_BANKS}
    for bank in DEFAULT_BANKS:
        total = sum(len(s["questions"]) for s in bank["sections"])
        assert listed[bank["id"]]["data-total"] == str(total)
        assert home.find("a", href=page_url(bank["id"]))


def test_every_page_carries_the_csp_and_no_inline_or_foreign_script(default_site: Path):
    for page in pages(default_site):
        elements = Elements(page.read_text("utf-8"))
        csp = elements.find("meta", **{"http-equiv": "Content-Security-Policy"})
        assert len(csp) == 1, page
        assert "script-src 'self' 'wasm-unsafe-eval';" in (csp[0]["content"] or ""), page
        for script in elements.find("script"):
            if script.get("type") == "application/json":
                continue
            assert script.get("src"), f"{page}: inline script"
            assert not re.match(r"(https?:)?//", script["src"] or ""), page
        for link in elements.find("link"):
            assert not re.match(r"(https?:)?//", link.get("href") or ""), f"{page}: {link}"


def test_inline_scripts_are_only_data(default_site: Path):
    text = (default_site / "index.html").read_text("utf-8")
    bodies = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", text)
    assert bodies and all('type="application/json"' in b for b in bodies)


def test_bank_json_is_the_loaders_json(default_site: Path):
    for bank in DEFAULT_BANKS:
        shipped = json.loads((default_site / ASSETS / "banks" / f"{bank['id']}.json").read_text())
        assert shipped == bank


def test_pyodide_runtime_is_vendored_and_nothing_else(default_site: Path):
    shipped = sorted(p.name for p in (default_site / ASSETS / "pyodide").iterdir())
    assert shipped == sorted([*PYODIDE_FILES, SNAPSHOT, RESTORED_STDLIB])
    wasm = default_site / ASSETS / "pyodide" / "pyodide.asm.wasm"
    assert wasm.read_bytes()[:4] == b"\0asm"


def test_shipped_wheel_is_importable_and_scores(default_site: Path, tmp_path: Path):
    wheel = default_site / ASSETS / wheel_filename()
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert "selfassess/core/scoring.py" in names
    assert not [n for n in names if n.startswith(("selfassess/load", "selfassess/cli"))]
    probe = (
        "import sys, json; sys.path.insert(0, sys.argv[1]);"
        "import selfassess.core.scoring as s, selfassess.core.browser as b;"
        "print(s.__file__)"
    )
    result = subprocess.run(
        [PYTHON, "-I", "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith(str(tmp_path))


def test_wheel_is_reproducible(default_site: Path):
    first, second = site_core_wheel(REPO), site_core_wheel(REPO)
    assert first == second
    assert (default_site / ASSETS / wheel_filename()).read_bytes() == first[0]
    with zipfile.ZipFile(default_site / ASSETS / wheel_filename()) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        record = archive.read("selfassess_core-0.1.0.dist-info/RECORD").decode()
    assert "selfassess/core/model.py,sha256=" in record


def test_form_is_static_html_with_the_stable_hooks(mini_site: Path):
    page = Elements((mini_site / "assess" / "mini" / "index.html").read_text("utf-8"))
    for section in MINI["sections"]:
        assert page.find("fieldset", **{"data-section": section["id"]})
        for question in section["questions"]:
            kind = "checkbox" if question["type"] == "checklist" else "radio"
            inputs = [a for a in page.find("input", type=kind) if a.get("name") == question["id"]]
            none = ["_none"] if question["type"] == "checklist" else []
            assert [a["value"] for a in inputs] == [o["id"] for o in question["options"]] + [
                *none, "na"
            ]
            assert page.find("textarea", name=f"note:{question['id']}")
    for hook in ("show-results", "import", "clear"):
        assert any(a.get("data-action") == hook for _, a in page.tags), hook
    downloads = {a["data-download"] for _, a in page.tags if "data-download" in a}
    assert downloads == {"responses", "report-md", "report-csv", "report-json", "report-html"}
    roles = [a["value"] for a in page.find("option") if a.get("value")]
    assert roles == [r["id"] for r in MINI["roles"]]
    status = [a for _, a in page.tags if "data-selfassess-status" in a]
    assert status and status[0].get("aria-live") == "polite"


def test_pages_use_relative_urls_only(mini_site: Path):
    # 404.html is the exception MkDocs makes: it is served at any depth, so its URLs are absolute.
    for page in [p for p in pages(mini_site) if p.name != "404.html"]:
        for _, attrs in Elements(page.read_text("utf-8")).tags:
            for name in ("href", "src", "data-wheel", "data-pyodide"):
                value = attrs.get(name) or ""
                assert not value.startswith("/"), f"{page}: {name}={value}"


def test_english_interface_follows_the_theme_language(tmp_path: Path):
    config = write_site_config(tmp_path, site_banks(tmp_path), language="en")
    assert build(config, tmp_path / "site").returncode == 0
    page = (tmp_path / "site" / "assess" / "mini" / "index.html").read_text("utf-8")
    assert "Show results" in page and "Don&#39;t know / Not applicable" in page


def test_an_invalid_bank_stops_the_build_with_located_messages(tmp_path: Path):
    banks = tmp_path / "banks"
    banks.mkdir()
    text = (REPO / "tests" / "banks" / "mini.yml").read_text("utf-8")
    (banks / "broken.yml").write_text(text.replace("weight: 2\n", "weight: -2\n", 1), "utf-8")
    config = write_site_config(tmp_path, banks)
    for result in (
        build(config, tmp_path / "site"),
        run([MKDOCS, "build", "-f", config, "-d", tmp_path / "site2"]),
        *(build(config, tmp_path / f"site-{e}", engine=e) for e in OTHER_ENGINES),
    ):
        assert result.returncode != 0
        assert "Traceback" not in result.stderr + result.stdout
        located = r"broken\.yml:\d+:\d+: sections\[0\]\.weight: "
        assert re.search(located, result.stderr), result.stderr


def test_option_banks_picks_and_orders_the_banks(tmp_path: Path):
    options = "      banks: [solo-en, mini]\n"
    config = write_site_config(tmp_path, site_banks(tmp_path), options=options)
    assert build(config, tmp_path / "site").returncode == 0
    home = Elements((tmp_path / "site" / "index.html").read_text("utf-8"))
    listed = [a["data-bank-id"] for a in home.find("li") if "data-bank-id" in a]
    assert listed == ["solo-en", "mini"]


def test_option_banks_names_an_unknown_id_and_the_available_ones(tmp_path: Path):
    options = "      banks: [mini, nope]\n"
    config = write_site_config(tmp_path, site_banks(tmp_path), options=options)
    result = build(config, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "nope" in result.stderr
    assert "available: ejemplo-madurez, mini, samm, solo-en" in result.stderr


@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs.en.yml"])
def test_default_site_builds_strict(config: str, tmp_path: Path):
    result = build(REPO / config, tmp_path / "site", strict=True)
    assert result.returncode == 0, result.stderr
