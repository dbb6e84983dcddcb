"""Python's start prepared at build time: Pyodide itself, in Node, checks what the site ships."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

from selfassess.runtime import PYODIDE_FILES
from selfassess.startup import RESTORED_STDLIB, SNAPSHOT, STDLIB
from selfassess.wheel import core_sources, module_name, wheel_filename
from tests.site.sites import MKDOCS, REPO, build, run, site_banks, write_site_config

ASSETS = Path("assets/selfassess")
CORE_MODULES = {module_name(path) for path, _ in core_sources()}

PROBE = """
import { loadPyodide } from "%(runtime)s/pyodide.mjs";
const pyodide = await loadPyodide({ indexURL: "%(runtime)s/" });
await pyodide.loadPackage("%(wheel)s", { messageCallback: () => {} });
console.log(pyodide.runPython(`
import importlib, importlib.util, json, sys
for name in %(modules)s:
    importlib.import_module(name)
files = [getattr(m.__spec__, "origin", "") or "" for m in list(sys.modules.values()) if m.__spec__]
stdlib = [f for f in files if ".zip/" in f]
core = {}
for name, module in list(sys.modules.items()):
    if name.startswith("selfassess"):
        with open(module.__cached__, "rb") as cached, open(module.__file__, "rb") as source:
            core[name] = cached.read()[8:16] == importlib.util.source_hash(source.read())
json.dumps({"stdlib": stdlib, "core": core})
`));
"""


def _probe(site: Path, tmp_path: Path) -> dict:
    runtime = site / ASSETS / "pyodide"
    script = tmp_path / "probe.mjs"
    wheel = site / ASSETS / wheel_filename()
    modules = json.dumps(sorted(CORE_MODULES))
    script.write_text(PROBE % {"runtime": runtime, "wheel": wheel, "modules": modules}, "utf-8")
    node = shutil.which("node")
    assert node, "Node.js is needed to build the site's bytecode, and by this test"
    done = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_python_starts_and_imports_the_core_from_bytecode_only(default_site: Path, tmp_path: Path):
    loaded = _probe(default_site, tmp_path)
    assert len(loaded["stdlib"]) > 100
    assert [f for f in loaded["stdlib"] if not f.endswith(".pyc")] == []
    assert set(loaded["core"]) == CORE_MODULES
    assert all(loaded["core"].values()), "a core .pyc does not match its source"


def test_modules_never_loaded_at_start_stay_source(default_site: Path):
    shipped = (default_site / ASSETS / "pyodide" / STDLIB).read_bytes()
    with zipfile.ZipFile(io.BytesIO(shipped)) as archive:
        names = set(archive.namelist())
    assert "json/__init__.pyc" in names and "json/__init__.py" not in names
    assert "unittest/__init__.py" in names and "unittest/__init__.pyc" not in names


def _site_with_own_runtime(folder: Path, broken: bool = False) -> Path:
    """A small site whose node_modules holds its own Pyodide copy, so no cached bytecode yet."""
    runtime = folder / "node_modules" / "pyodide"
    runtime.mkdir(parents=True)
    for name in (*PYODIDE_FILES, "package.json"):
        shutil.copy(REPO / "node_modules" / "pyodide" / name, runtime / name)
    if broken:  # an interrupted install: the binary cut short
        wasm = runtime / "pyodide.asm.wasm"
        wasm.write_bytes(wasm.read_bytes()[:1000])
    return write_site_config(folder, site_banks(folder))


def test_without_node_the_site_builds_from_source_and_says_why(tmp_path: Path):
    config = _site_with_own_runtime(tmp_path)
    (tmp_path / "bin").mkdir()
    done = run([MKDOCS, "build", "-f", config, "-d", tmp_path / "site"], cwd=tmp_path,
               path=tmp_path / "bin")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Node.js not found" in done.stderr and "Install Node.js" in done.stderr
    original = (REPO / "node_modules" / "pyodide" / STDLIB).read_bytes()
    assert (tmp_path / "site" / ASSETS / "pyodide" / STDLIB).read_bytes() == original
    with zipfile.ZipFile(tmp_path / "site" / ASSETS / wheel_filename()) as wheel:
        assert not [name for name in wheel.namelist() if name.endswith(".pyc")]
    assert not (tmp_path / "site" / ASSETS / "pyodide" / SNAPSHOT).exists()
    strict = run([MKDOCS, "build", "--strict", "-f", config, "-d", tmp_path / "strict"],
                 cwd=tmp_path, path=tmp_path / "bin")  # fmt: skip
    assert strict.returncode != 0 and "Node.js not found" in strict.stderr


def test_a_broken_runtime_stops_the_build_with_a_message(tmp_path: Path):
    config = _site_with_own_runtime(tmp_path, broken=True)
    done = build(config, tmp_path / "site")
    assert done.returncode != 0
    assert "preparing Python's start with Pyodide in Node failed" in done.stderr
    assert "npm ci" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "site").exists()


RESTORE = """
import { loadPyodide } from "%(runtime)s/pyodide.mjs";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
const snapshot = gunzipSync(readFileSync("%(runtime)s/python.snapshot"));
const pyodide = await loadPyodide({
  indexURL: "%(runtime)s/", _loadSnapshot: snapshot, stdLibURL: "%(runtime)s/%(stdlib)s",
});
console.log(pyodide.runPython(`
import json, sys
from selfassess.core.textfile import decode_text
texts = [decode_text("café".encode(c)) for c in ("cp1252", "utf-16", "utf-8-sig")]
json.dumps({"modules": sorted(sys.modules), "texts": texts})
`));
"""
"""Restored as the worker restores it: beside the restored zip, not the whole library."""


def test_the_snapshot_holds_python_with_the_core_imported(default_site: Path, tmp_path: Path):
    script = tmp_path / "restore.mjs"
    runtime = default_site / ASSETS / "pyodide"
    script.write_text(RESTORE % {"runtime": runtime, "stdlib": RESTORED_STDLIB}, "utf-8")
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    restored = json.loads(done.stdout.strip().splitlines()[-1])
    imported = set(restored["modules"])
    assert imported >= CORE_MODULES
    assert {"json", "dataclasses", "csv"} <= imported
    # Decoding imports its codecs by name, from the restored zip: all three read the same.
    assert restored["texts"] == ["café", "café", "café"]


def test_the_restored_zip_holds_the_codecs_and_no_more(default_site: Path):
    """Only what a restored Python may import; its other modules are in the snapshot."""
    runtime = default_site / ASSETS / "pyodide"
    with zipfile.ZipFile(runtime / RESTORED_STDLIB) as archive:
        names = archive.namelist()
    assert "encodings/cp1252.py" in names and "encodings/utf_16.py" in names
    assert [name for name in names if not name.startswith("encodings/")] == []
    assert (runtime / RESTORED_STDLIB).stat().st_size < (runtime / STDLIB).stat().st_size / 5
