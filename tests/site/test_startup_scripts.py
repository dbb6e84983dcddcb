"""The Python that the start-up scripts run inside Pyodide, run here in CPython where it can be:
bytecode.py's compiler gives hash-based .pyc files that load and run; snapshot.py compiles."""

from __future__ import annotations

import base64
import importlib.util
import marshal
import runpy

from selfassess.startup import SCRIPTS
from selfassess.wheel import core_sources


def _pyc(text: str) -> bytes:
    return base64.b64decode(text)


def test_each_script_reads_the_python_beside_it():
    for script in SCRIPTS.glob("*.mjs"):
        python = script.with_suffix(".py")
        assert python.is_file(), f"{script.name} runs {python.name}"
        assert f'new URL("{python.name}", import.meta.url)' in script.read_text("utf-8")
        compile(python.read_text("utf-8"), str(python), "exec")


def test_bytecode_is_checked_hash_based_and_runs():
    pyc = runpy.run_path(str(SCRIPTS / "bytecode.py"))["pyc"]
    source = b"answer = 6 * 7\n"
    for checked, flags in ((True, 0b11), (False, 0b01)):
        data = _pyc(pyc(source, "answer.py", checked=checked))
        assert data[:4] == importlib.util.MAGIC_NUMBER
        assert int.from_bytes(data[4:8], "little") == flags
        assert data[8:16] == importlib.util.source_hash(source)
        namespace: dict[str, object] = {}
        exec(marshal.loads(data[16:]), namespace)
        assert namespace["answer"] == 42


def test_every_core_module_compiles_under_its_installed_path():
    core_bytecode = runpy.run_path(str(SCRIPTS / "bytecode.py"))["core_bytecode"]
    sources = {path: content.decode() for path, content in core_sources()}
    compiled = core_bytecode(sources, "/site-packages/")
    assert compiled.keys() == sources.keys()
    for path, text in compiled.items():
        code = marshal.loads(_pyc(text)[16:])
        assert code.co_filename == "/site-packages/" + path
