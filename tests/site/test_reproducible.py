"""Two builds of the same inputs give the same bytes: pages, sitemap (and its gzip), the wheel."""

from __future__ import annotations

import gzip
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from tests.site.sites import REPO, build, site_banks, write_site_config

FIXED = int(datetime(2020, 2, 29, 12, tzinfo=UTC).timestamp())


def files_of(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_two_builds_of_the_default_site_are_byte_identical(default_site: Path, tmp_path: Path):
    result = build(REPO / "mkdocs.yml", tmp_path / "again")
    assert result.returncode == 0, result.stderr
    first, second = files_of(default_site), files_of(tmp_path / "again")
    assert sorted(first) == sorted(second), "the two builds hold different files"
    different = [name for name in first if first[name] != second[name]]
    assert different == [], f"files that differ between two builds: {different}"
    assert any(name.endswith(".whl") for name in first)
    assert {"sitemap.xml", "sitemap.xml.gz"} <= set(first)


def test_build_date_comes_from_the_sources_not_the_clock(tmp_path: Path):
    """Outside git, the newest source file's time dates the sitemap and the gzip header."""
    banks = site_banks(tmp_path)
    config = write_site_config(tmp_path, banks)
    config.write_text(config.read_text("utf-8") + "site_url: https://example.org/\n", "utf-8")
    for path in [config, *tmp_path.rglob("*")]:
        os.utime(path, (FIXED, FIXED))
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text("utf-8")
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap))
    assert dates == {"2020-02-29"}
    header = (tmp_path / "site" / "sitemap.xml.gz").read_bytes()[:10]
    assert int.from_bytes(header[4:8], "little") == FIXED - FIXED % 86400
    assert gzip.decompress((tmp_path / "site" / "sitemap.xml.gz").read_bytes()).decode() == sitemap
