"""A failed build leaves the previously built site exactly as it was; a good one replaces it."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from tests.site.sites import MKDOCS, REPO, build, run, site_banks, write_site_config


def _snapshot(site: Path) -> dict[str, str]:
    """Every file of the site with its content's digest."""
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*")) if p.is_file()
    }  # fmt: skip


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if re.match(r"\.site\.(building|old)-", p.name))


def _previous_site(mini_site: Path, folder: Path) -> Path:
    site = folder / "site"
    shutil.copytree(mini_site, site)
    return site


def test_a_broken_bank_leaves_the_built_site_untouched(mini_site: Path, tmp_path: Path):
    site = _previous_site(mini_site, tmp_path)
    before = _snapshot(site)
    banks = tmp_path / "banks"
    banks.mkdir()
    text = (REPO / "tests" / "banks" / "mini.yml").read_text("utf-8")
    (banks / "mini.yml").write_text(text.replace("weight: 2\n", "weight: -2\n", 1), "utf-8")
    config = write_site_config(tmp_path, banks)
    for result in (
        build(config, site),
        run([MKDOCS, "build", "-f", config, "-d", site]),
    ):
        assert result.returncode != 0
        assert re.search(r"mini\.yml:\d+:\d+: sections\[0\]\.weight: ", result.stderr)
        assert _snapshot(site) == before
    assert _leftovers(tmp_path) == []


def test_a_strict_warning_leaves_the_built_site_untouched(mini_site: Path, tmp_path: Path):
    site = _previous_site(mini_site, tmp_path)
    before = _snapshot(site)
    config = write_site_config(tmp_path, site_banks(tmp_path))
    (tmp_path / "docs" / "extra.md").write_text("# Extra\n\n[gone](missing.md)\n", "utf-8")
    result = build(config, site, strict=True)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert _snapshot(site) == before
    assert _leftovers(tmp_path) == []


def test_a_good_build_replaces_the_site_whole(mini_site: Path, tmp_path: Path):
    site = _previous_site(mini_site, tmp_path)
    (site / "stale.html").write_text("from an older build", "utf-8")
    config = write_site_config(tmp_path, site_banks(tmp_path))
    (tmp_path / "docs" / "extra.md").write_text("# Extra\n", "utf-8")
    result = build(config, site)
    assert result.returncode == 0, result.stderr
    assert not (site / "stale.html").exists()
    assert (site / "extra" / "index.html").is_file()
    assert (site / "assess" / "mini" / "index.html").is_file()
    assert site.stat().st_mode & 0o755 == 0o755
    assert _leftovers(tmp_path) == []
