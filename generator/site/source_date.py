"""The build date from the sources, never the clock, so two builds of the same inputs are identical.

MkDocs stamps every page's `lastmod` in the sitemap, and the gzip header of `sitemap.xml.gz`,
with the build date, read from `SOURCE_DATE_EPOCH` (the reproducible-builds convention) or else
the clock. When the builder has not set it, the site's sources give it: the date of the last
commit touching them in a git checkout, else the newest modification time among them.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

VARIABLE = "SOURCE_DATE_EPOCH"


def source_date_epoch(sources: Iterable[Path]) -> int:
    """Seconds since the epoch at which the sources last changed."""
    paths = [path.resolve() for path in sources if path.exists()]
    if not paths:
        return 0
    committed = _last_commit_time(paths)
    if committed is not None:
        return committed
    return max(int(file.stat().st_mtime) for file in _files(paths))


def pin_build_date(sources: Iterable[Path]) -> str | None:
    """Set `SOURCE_DATE_EPOCH` from the sources unless already set; return the previous value."""
    previous = os.environ.get(VARIABLE)
    if previous is None:
        os.environ[VARIABLE] = str(source_date_epoch(sources))
    return previous


def unpin_build_date(previous: str | None) -> None:
    """Put `SOURCE_DATE_EPOCH` back as it was before `pin_build_date`."""
    if previous is None:
        os.environ.pop(VARIABLE, None)
    else:
        os.environ[VARIABLE] = previous


def _last_commit_time(paths: list[Path]) -> int | None:
    """The last commit touching `paths`; None outside git, or when none of them is committed."""
    folder = paths[0] if paths[0].is_dir() else paths[0].parent
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), "log", "-1", "--format=%ct", "--", *map(str, paths)],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    stamp = result.stdout.strip()
    return int(stamp) if result.returncode == 0 and stamp.isdigit() else None


def _files(paths: list[Path]) -> Iterable[Path]:
    for path in paths:
        yield path
        if path.is_dir():
            yield from (file for file in path.rglob("*") if file.is_file())
