"""Keep a served site current while its author edits it: poll the sources, rebuild, swap.

`selfassess serve` builds each version of the site into a fresh folder with the same build as
`selfassess build` (the bank cache makes a rebuild after a bank edit quick) and serves the newest
one that built; a build that fails leaves the last good one served, and its messages (FILE:LINE:COL
for a bank) are kept for the page to show. Polling the files' times and sizes needs no dependency
and sees every editor's way of saving.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.theme import Theme

from selfassess.site.build import SiteBuildFailed, build_site

POLL_SECONDS = 0.3
Snapshot = dict[str, tuple[int, int]]


def watched_paths(config_file: Path) -> list[Path]:
    """The configuration, its docs_dir and the banks_dir of its selfassess plugin."""
    paths = [config_file]
    try:
        config = load_config(str(config_file))
    except (ConfigurationError, Abort, OSError):
        return paths  # the build says what is wrong; the file is still watched for the fix
    paths.append(Path(config.docs_dir))
    for plugin in config.plugins.values():
        banks_dir = getattr(getattr(plugin, "config", None), "banks_dir", None)
        if isinstance(banks_dir, str):
            paths.append(config_file.resolve().parent / banks_dir)
    return paths


def scan(paths: list[Path]) -> Snapshot:
    """Each file under `paths` with its modification time and size: any save changes one."""
    found: Snapshot = {}
    for path in paths:
        if path.is_file():
            _note(found, str(path))
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            for name in files:
                _note(found, os.path.join(folder, name))
    return found


def _note(found: Snapshot, file: str) -> None:
    try:
        status = os.stat(file)
    except OSError:
        return  # deleted while scanning: the next scan sees it gone
    found[file] = (status.st_mtime_ns, status.st_size)


@dataclass
class LiveSite:
    """The folder being served, its build number, and the messages of the last failed build."""

    folder: Path
    build: int = 1
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def state(self) -> dict[str, Any]:
        with self.lock:
            return {"build": self.build, "errors": list(self.errors)}


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates as one build compiled them, for the next build of this process.

    Compiling the theme's templates was half of a rebuild after a bank edit. Jinja keys each
    template by its name and checks it by its source's checksum, so an edited template is
    compiled again.
    """

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


@contextmanager
def templates_from(cache: CompiledTemplates) -> Iterator[None]:
    """While building, every theme environment MkDocs makes uses `cache` (MkDocs makes a new
    environment per build and offers no option for it)."""
    make_environment = Theme.get_env

    def get_env(theme: Theme) -> jinja2.Environment:
        environment = make_environment(theme)
        environment.bytecode_cache = cache
        return environment

    Theme.get_env = get_env  # type: ignore[method-assign]
    try:
        yield
    finally:
        Theme.get_env = make_environment  # type: ignore[method-assign]


class _ErrorMessages(logging.Handler):
    """Collects the error lines a build logs (MkDocs logs the plugin's bank messages)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.extend(line for line in record.getMessage().splitlines() if line.strip())


class SiteWatcher:
    """Builds `config_file` into numbered folders of `root`; `site` is the newest good one."""

    def __init__(self, config_file: Path, root: Path, engine: str = "mkdocs") -> None:
        self.config_file = config_file
        self.root = root
        self.engine = engine
        self.templates = CompiledTemplates()
        self.site = LiveSite(self._build(1))
        self.paths = watched_paths(config_file)
        self.snapshot = scan(self.paths)

    def _build(self, number: int) -> Path:
        with templates_from(self.templates):
            return build_site(self.config_file, self.root / f"build-{number}", engine=self.engine)

    def rebuild(self) -> bool:
        """Build again; serve the result if it built, else keep the last good site and say why."""
        number = self.site.build + 1
        collected = _ErrorMessages()
        logging.getLogger().addHandler(collected)
        start = time.perf_counter()
        try:
            folder = self._build(number)
        except SiteBuildFailed as error:
            lines = collected.lines or [str(error)]
            with self.site.lock:
                self.site.errors = lines
            print(f"Rebuild failed ({error}); still serving the last good site.", flush=True)
            return False
        finally:
            logging.getLogger().removeHandler(collected)
        retired = self.site.folder
        with self.site.lock:
            self.site.folder, self.site.build, self.site.errors = folder, number, []
        print(f"Rebuilt in {time.perf_counter() - start:.2f} s.", flush=True)
        self._remove_older_than(retired)
        self.paths = watched_paths(self.config_file)
        return True

    def _remove_older_than(self, kept: Path) -> None:
        """Delete the builds before `kept`, which a request begun before the swap may still read."""
        for folder in self.root.glob("build-*"):
            if folder not in (kept, self.site.folder):
                shutil.rmtree(folder, ignore_errors=True)

    def check(self) -> bool:
        """Rebuild if any watched file changed since the last look; say whether it did."""
        now = scan(self.paths)
        if now == self.snapshot:
            return False
        self.snapshot = now
        self.rebuild()
        return True

    def run(self, stop: threading.Event) -> None:
        while not stop.wait(POLL_SECONDS):
            self.check()
