"""Python made ready for the browser at build time, by the vendored Pyodide itself in Node.

Pyodide ships its standard library as source and starts Python from nothing on every page
load: compiling and running some 200 modules took most of the 9.5 s before the engine was
ready on a 2-core machine. At build time Node runs the very Pyodide the site ships (so every
format matches) to compile what Python, the wheel's install and the core import to bytecode,
then to save a memory snapshot of Python with the core imported, which the worker restores
instead of starting Python. Results are cached by content hash beside node_modules.

What a first visit downloads before the engine is ready is mostly Pyodide's binary and this
snapshot: restored, Python needs the standard library's zip only for what it may still import,
so the worker fetches a zip of those few modules (RESTORED_STDLIB) instead of the 3 MB whole.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import logging
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path

from selfassess.filemode import replace_atomically
from selfassess.runtime import PYODIDE_FILES, RuntimeMissing, pyodide_dir
from selfassess.wheel import (
    build_core_wheel,
    core_data,
    core_sources,
    module_name,
    wheel_filename,
)

log = logging.getLogger("mkdocs.plugins.selfassess")

_HERE = Path(__file__).resolve().parent
SCRIPTS = _HERE / "startup_scripts"
"""The Node scripts that run Pyodide, each with the Python it runs beside it (read as text)."""
COMPILE_SCRIPT = SCRIPTS / "bytecode.mjs"
SNAPSHOT_SCRIPT = SCRIPTS / "snapshot.mjs"
STDLIB = "python_stdlib.zip"
RESTORED_STDLIB = "python_stdlib_restored.zip"
"""The standard library beside a restored snapshot: the modules found by name at run time."""
RESTORED_PACKAGES = ("encodings/",)
"""What the restored Python may import that the snapshot lacks: the codecs, imported by name
when text is decoded (a spreadsheet's UTF-16 or cp1252). Everything else the core runs was
imported before the snapshot; the browser tests exercise each of its operations restored."""
SNAPSHOT = "python.snapshot"
"""The memory snapshot as gzip: a sixth of its size; the worker inflates it as it arrives."""
CACHE_KEPT = 4
"""Cached results kept per node_modules: enough for a few cores side by side while developing."""
NODE_TIMEOUT = 600


@dataclass(frozen=True)
class Startup:
    """What the site ships so that Python starts fast in the browser.

    Cached as one file a field, in this order: the snapshot last.
    """

    stdlib_zip: bytes
    """The standard library, the modules Python imports to start and to run the core compiled."""
    restored_stdlib_zip: bytes
    """The part of it a Python restored from the snapshot may import (RESTORED_PACKAGES)."""
    wheel: bytes
    """The core wheel, each module's bytecode beside it (`__pycache__/`, checked against it)."""
    snapshot: bytes
    """Gzip of Pyodide's memory after starting with the core and those modules imported."""


class StartupFailed(Exception):
    """Node could not run the vendored Pyodide to prepare Python's start."""


def site_core_wheel(start: Path) -> tuple[bytes, Startup | None]:
    """The core wheel the site ships, and the prepared start it goes with.

    Without a vendored runtime beside `start` (a site that loads Pyodide from a URL, built
    where `npm ci` never ran) the wheel carries source only and nothing is prepared.
    """
    try:
        folder = pyodide_dir(start)
    except RuntimeMissing:
        return build_core_wheel(), None
    startup = prepared_startup(folder, core_sources())
    return (startup.wheel if startup else build_core_wheel()), startup


def prepared_startup(pyodide: Path, core: list[tuple[str, bytes]]) -> Startup | None:
    """The start for the runtime in `pyodide` and the `core` sources.

    None, with a warning, when Node is not installed: the site still works, only starts slower.
    """
    cache = pyodide.parent / ".cache" / "selfassess-startup"
    key = _cache_key(pyodide, core)
    cached = _read(cache, key)
    if cached:
        return cached
    node = shutil.which("node")
    if node is None:
        log.warning(
            "selfassess: Node.js not found, so Python's start is not prepared at build time "
            "and the site's engine starts several times slower. Install Node.js (it came "
            "with npm) and build again."
        )
        return None
    with tempfile.TemporaryDirectory(prefix="selfassess-startup-") as folder:
        work = Path(folder)
        core_modules = [module_name(path) for path, _ in core]
        plain = build_core_wheel()
        stdlib, core_pyc = _compile(node, pyodide, core, core_modules, plain, work / "compile")
        stdlib_zip = _stdlib_zip((pyodide / STDLIB).read_bytes(), stdlib)
        compiled_wheel = build_core_wheel(core_pyc)
        snapshot = _snapshot(
            node, pyodide, stdlib_zip, compiled_wheel, core_modules, work / "snapshot"
        )
    startup = Startup(
        stdlib_zip,
        _restored_stdlib_zip(stdlib_zip),
        compiled_wheel,
        gzip.compress(snapshot, 9, mtime=0),
    )
    _store(cache, key, startup)
    return startup


def _cache_key(pyodide: Path, core: list[tuple[str, bytes]]) -> str:
    """The scripts, the core and its data (the snapshot holds what the core read at import), and
    the runtime: its package.json names the exact release, and the sizes tell a damaged install
    from a sound one without hashing 13 MB on every build."""
    digest = hashlib.sha256()
    for script in sorted([*SCRIPTS.glob("*.mjs"), *SCRIPTS.glob("*.py")]):  # not __pycache__
        digest.update(script.name.encode() + b"\0" + script.read_bytes())
    package = pyodide / "package.json"
    digest.update(package.read_bytes() if package.is_file() else b"")
    for name in PYODIDE_FILES:
        digest.update(f"{name}:{(pyodide / name).stat().st_size}\n".encode())
    for path, content in core + core_data():
        digest.update(path.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()[:32]


def _run_node(node: str, script: Path, arguments: list[Path], pyodide: Path) -> None:
    command = [node, str(script), str(pyodide), *map(str, arguments)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=NODE_TIMEOUT)
    except subprocess.TimeoutExpired:
        done = subprocess.CompletedProcess(command, 1, "", f"no answer in {NODE_TIMEOUT} s")
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-1:] or ["no message"]
        raise StartupFailed(
            f"preparing Python's start with Pyodide in Node failed ({detail[0]}). Check that "
            f"`node {script.name}` can run the Pyodide in {pyodide} (run `npm ci` there again)."
        )


def _compile(
    node: str,
    pyodide: Path,
    core: list[tuple[str, bytes]],
    modules: list[str],
    wheel: bytes,
    work: Path,
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The bytecode of the standard library modules used (by zip entry) and of the core."""
    work.mkdir()
    (work / wheel_filename()).write_bytes(wheel)
    request = {
        "wheel": str(work / wheel_filename()),
        "modules": modules,
        "core": {path: content.decode() for path, content in core},
    }
    (work / "request.json").write_text(json.dumps(request), "utf-8")
    _run_node(node, COMPILE_SCRIPT, [work / "request.json", work / "compiled.json"], pyodide)
    response = json.loads((work / "compiled.json").read_text("utf-8"))
    stdlib = {name: base64.b64decode(pyc) for name, pyc in response["stdlib"].items()}
    tag = response["cache_tag"]
    core_pyc = {_cached_path(p, tag): base64.b64decode(pyc) for p, pyc in response["core"].items()}
    return stdlib, core_pyc


def _snapshot(
    node: str, pyodide: Path, stdlib_zip: bytes, wheel: bytes, modules: list[str], work: Path
) -> bytes:
    """Python with the core's `modules` imported: only those and what they import, so the
    snapshot leaves out what installing a wheel needs (tarfile, ...), which the browser skips."""
    work.mkdir()
    (work / STDLIB).write_bytes(stdlib_zip)
    with zipfile.ZipFile(io.BytesIO(wheel)) as archive:
        archive.extractall(work / "core")
    (work / "modules.json").write_text(json.dumps(modules), "utf-8")
    arguments = [work / STDLIB, work / "core", work / "modules.json", work / SNAPSHOT]
    _run_node(node, SNAPSHOT_SCRIPT, arguments, pyodide)
    return (work / SNAPSHOT).read_bytes()


def _cached_path(source: str, cache_tag: str) -> str:
    """Where Python looks for the bytecode of `source`: `pkg/__pycache__/mod.<tag>.pyc`."""
    folder, _, name = source.rpartition("/")
    return f"{folder}/__pycache__/{name.removesuffix('.py')}.{cache_tag}.pyc"


def _stdlib_zip(original: bytes, compiled: dict[str, bytes]) -> bytes:
    """The standard library zip with each compiled module's source replaced by its bytecode.

    Only bytecode stays for those modules: Python would not read their source any more, and
    the download stays small. Entries keep their order, dates and modes.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            content = compiled.get(info.filename) or source.read(info)
            if info.filename in compiled:
                info = _renamed(info, info.filename + "c")
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, content)
    return buffer.getvalue()


def _restored_stdlib_zip(stdlib_zip: bytes) -> bytes:
    """The entries of `stdlib_zip` under RESTORED_PACKAGES, as they are there."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(stdlib_zip)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            if info.filename.startswith(RESTORED_PACKAGES):
                out.writestr(info, source.read(info))
    return buffer.getvalue()


def _renamed(info: zipfile.ZipInfo, name: str) -> zipfile.ZipInfo:
    renamed = zipfile.ZipInfo(name, date_time=info.date_time)
    renamed.external_attr = info.external_attr
    return renamed


def _read(cache: Path, key: str) -> Startup | None:
    """The cached start, once complete: its last part, the snapshot, is written last."""
    if not (cache / f"{key}.snapshot").is_file():
        return None
    return Startup(*((cache / f"{key}.{part.name}").read_bytes() for part in fields(Startup)))


def _store(cache: Path, key: str, startup: Startup) -> None:
    """Each part written whole, in the order of the fields, then the oldest starts pruned."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for part in fields(Startup):
            replace_atomically(cache / f"{key}.{part.name}", getattr(startup, part.name))
        complete = sorted(cache.glob("*.snapshot"), key=lambda p: p.stat().st_mtime)
        for old in complete[:-CACHE_KEPT]:
            for stale in cache.glob(f"{old.stem}.*"):
                stale.unlink(missing_ok=True)
    except OSError as error:
        log.info("selfassess: Python's start not cached (%s); prepared again next build", error)
