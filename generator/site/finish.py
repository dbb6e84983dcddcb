"""What a built site gets after its engine is done, the same on every engine."""

from __future__ import annotations

from pathlib import Path

from selfassess.site.offline import write_service_worker


def finish_site(site_dir: Path, offline: bool) -> None:
    """The offline worker, written last: it lists and hashes every file of the built site."""
    if offline:
        write_service_worker(site_dir)
