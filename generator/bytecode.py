"""Python bytecode for the browser, compiled at build time by the vendored Pyodide in Node.

Pyodide ships its standard library as source, so every page load compiled the ~200 modules
Python needs to start, plus the core: most of the wait before the engine was ready. Compiling
them once, with the very interpreter the browser runs (so the bytecode format always matches),
and caching the result by content hash makes that start several times faster.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from generator.filemode import default_mode
from generator.runtime import RuntimeMissing, pyodide_dir
from generator.wheel import build_core_wheel, core_sources, module_name, wheel_filename

log = logging.getLogger("mkdocs.plugins.selfassess")

SCRIPT = Path(__file__).resolve().with_name("bytecode.mjs")
STDLIB = "python_stdlib.zip"
CACHE_KEPT = 4
"""Cached results kept per node_modules: enough for a few cores side by side while developing."""
NODE_TIMEOUT = 600


@dataclass(frozen=True)
class Bytecode:
    """What replaces source in the browser: the standard library zip, and the core's .pyc files."""

    stdlib_zip: bytes
    core: dict[str, bytes]
    """Wheel archive path of a `.pyc` (in `__pycache__/`, checked against its source) to content."""


class BytecodeFailed(Exception):
    """Node could not run the vendored Pyodide to compile the bytecode."""


def site_core_wheel(start: Path) -> tuple[bytes, Bytecode | None]:
    """The core wheel the site ships, and the bytecode it was compiled with.

    Without a vendored runtime beside `start` (a site that loads Pyodide from a URL, built
    where `npm ci` never ran) the wheel carries source only.
    """
    plain = build_core_wheel()
    try:
        folder = pyodide_dir(start)
    except RuntimeMissing:
        return plain, None
    bytecode = browser_bytecode(folder, core_sources(), plain)
    return (build_core_wheel(bytecode.core) if bytecode else plain), bytecode


def browser_bytecode(pyodide: Path, core: list[tuple[str, bytes]], wheel: bytes) -> Bytecode | None:
    """The bytecode for the runtime in `pyodide` and the `core` sources (its `wheel` installed).

    None, with a warning, when Node is not installed: the site still works, only starts slower.
    """
    key = _cache_key(pyodide, core)
    cache = pyodide.parent / ".cache" / "selfassess-bytecode"
    cached = cache / f"{key}.zip"
    if cached.is_file():
        return _read(cached.read_bytes())
    node = shutil.which("node")
    if node is None:
        log.warning(
            "selfassess: Node.js not found, so Python's bytecode is not precompiled and the "
            "site's engine starts several times slower. Install Node.js (it came with npm) "
            "and build again."
        )
        return None
    content = _compile(node, pyodide, core, wheel)
    _store(cache, cached, content)
    return _read(content)


def _cache_key(pyodide: Path, core: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256(SCRIPT.read_bytes())
    for name in (STDLIB, "pyodide.asm.wasm", "package.json"):
        path = pyodide / name
        if path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for path, content in core:
        digest.update(path.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()[:32]


def _compile(node: str, pyodide: Path, core: list[tuple[str, bytes]], wheel: bytes) -> bytes:
    with tempfile.TemporaryDirectory(prefix="selfassess-bytecode-") as folder:
        work = Path(folder)
        (work / wheel_filename()).write_bytes(wheel)
        request = {
            "wheel": str(work / wheel_filename()),
            "modules": [module_name(path) for path, _ in core],
            "core": {path: content.decode() for path, content in core},
        }
        (work / "request.json").write_text(json.dumps(request), "utf-8")
        command = [node, str(SCRIPT), str(pyodide), str(work / "request.json"), str(work / "out")]
        done = subprocess.run(command, capture_output=True, text=True, timeout=NODE_TIMEOUT)
        if done.returncode != 0:
            detail = done.stderr.strip().splitlines()[-1:] or ["no message"]
            raise BytecodeFailed(
                f"compiling Python's bytecode with Pyodide in Node failed ({detail[0]}). "
                f"Check that `node {SCRIPT.name}` can run the Pyodide in {pyodide} "
                "(run `npm ci` there again)."
            )
        response = json.loads((work / "out").read_text("utf-8"))
    stdlib = {name: base64.b64decode(pyc) for name, pyc in response["stdlib"].items()}
    tag = response["cache_tag"]
    core_pyc = {_cached_path(p, tag): base64.b64decode(pyc) for p, pyc in response["core"].items()}
    return _bundle(_stdlib_zip((pyodide / STDLIB).read_bytes(), stdlib), core_pyc)


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


def _renamed(info: zipfile.ZipInfo, name: str) -> zipfile.ZipInfo:
    renamed = zipfile.ZipInfo(name, date_time=info.date_time)
    renamed.external_attr = info.external_attr
    return renamed


def _bundle(stdlib_zip: bytes, core: dict[str, bytes]) -> bytes:
    """One cache file: the stdlib zip stored as is, and the core's bytecode beside it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr(zipfile.ZipInfo(STDLIB), stdlib_zip)
        for path in sorted(core):
            bundle.writestr(zipfile.ZipInfo(path), core[path])
    return buffer.getvalue()


def _read(bundle: bytes) -> Bytecode:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        stdlib_zip = archive.read(STDLIB)
        core = {name: archive.read(name) for name in archive.namelist() if name != STDLIB}
    return Bytecode(stdlib_zip, core)


def _store(cache: Path, target: Path, content: bytes) -> None:
    """Written whole then renamed, so a concurrent build never reads half a file."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache, suffix=".part")
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.chmod(temporary, default_mode(0o666))  # mkstemp makes it private; a cache is not
        os.replace(temporary, target)
        for old in sorted(cache.glob("*.zip"), key=lambda p: p.stat().st_mtime)[:-CACHE_KEPT]:
            old.unlink(missing_ok=True)
    except OSError as error:
        log.info("selfassess: bytecode not cached (%s); it is compiled again next build", error)
