"""What the build writes for offline use and for the calculators, inspected as files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from selfassess.core.metrics import METRICS
from selfassess.site.offline import SERVICE_WORKER, cache_version, cached_files
from tests.site.sites import build, site_banks, write_site_config

SW_HEADER = re.compile(r'const VERSION = "([0-9a-f]{16})";\nconst FILES = (\[.*?\]);\n', re.DOTALL)


def service_worker(site: Path) -> tuple[str, list[str]]:
    version, files = SW_HEADER.search((site / SERVICE_WORKER).read_text("utf-8")).groups()
    return version, json.loads(files)


def test_service_worker_at_the_root_caches_every_shipped_file(default_site: Path):
    version, files = service_worker(default_site)
    shipped = {
        p.relative_to(default_site).as_posix() for p in default_site.rglob("*") if p.is_file()
    }
    assert set(files) <= shipped
    left_out = shipped - set(files)
    assert left_out == {"sw.js", "sitemap.xml", "sitemap.xml.gz"} | {
        f for f in shipped if f.endswith(".map")
    }
    needed = [
        "index.html",
        "calculadoras/index.html",
        "assets/selfassess/worker.js",
        "assets/selfassess/pyodide/pyodide.asm.wasm",
        "assets/selfassess/banks/madurez-cx.json",
    ]
    assert set(needed) <= set(files)
    assert any(f.endswith(".whl") for f in files)
    assert version == cache_version(default_site, files)


def test_the_cache_version_follows_the_files(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("one", "utf-8")
    (tmp_path / "sitemap.xml").write_text("dated", "utf-8")
    files = cached_files(tmp_path)
    assert files == ["a/index.html"]
    first = cache_version(tmp_path, files)
    (tmp_path / "sitemap.xml").write_text("another date", "utf-8")
    assert cache_version(tmp_path, cached_files(tmp_path)) == first
    (tmp_path / "a" / "index.html").write_text("two", "utf-8")
    assert cache_version(tmp_path, files) != first
    shutil.move(tmp_path / "a", tmp_path / "b")
    assert cache_version(tmp_path, cached_files(tmp_path)) != first


def test_two_builds_of_the_same_inputs_have_the_same_cache_version(mini_site: Path, tmp_path: Path):
    config = write_site_config(tmp_path, site_banks(tmp_path))
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert service_worker(tmp_path / "site") == service_worker(mini_site)


def test_pages_register_the_worker_from_a_file(mini_site: Path):
    for page, root in (("index.html", ""), ("calculadoras/index.html", "../")):
        html = (mini_site / page).read_text("utf-8")
        assert f'<script src="{root}assets/selfassess/offline.js"></script>' in html


def test_calculators_page_has_a_form_per_metric_and_is_in_the_nav(mini_site: Path):
    html = (mini_site / "calculadoras" / "index.html").read_text("utf-8")
    assert re.findall(r'<form [^>]*data-calculator="([a-z-]+)"', html) == list(METRICS)
    for name in METRICS:
        assert f'<h2 id="{name}">' in html
    assert 'data-pyodide="../assets/selfassess/pyodide/"' in html
    home = (mini_site / "index.html").read_text("utf-8")
    assert 'href="calculadoras/"' in home


def test_guides_link_each_calculator(default_site: Path):
    guide = (default_site / "guias" / "metricas" / "index.html").read_text("utf-8")
    links = re.findall(r'href="\.\./\.\./calculadoras/#([a-z-]+)"', guide)
    assert links == list(METRICS)


def test_options_turn_offline_use_and_calculators_off(tmp_path: Path):
    options = "      offline: false\n      calculators: false\n"  # fmt: skip
    config = write_site_config(tmp_path, site_banks(tmp_path), language="en", options=options)
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert not (site / SERVICE_WORKER).exists() and not (site / "calculators").exists()
    assert "offline.js" not in (site / "index.html").read_text("utf-8")


def test_english_site_puts_calculators_at_their_english_address(tmp_path: Path):
    config = write_site_config(tmp_path, site_banks(tmp_path), language="en")
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "calculators" / "index.html").read_text("utf-8")
    assert "<h1" in html and "Calculators" in html and "Calculate" in html
