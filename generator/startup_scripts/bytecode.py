"""Bytecode of the standard library modules the site's start loads, and of the core, compiled by
the Pyodide interpreter itself so the format always matches the one the browser runs.

Run inside Pyodide by bytecode.mjs, which reads this file as text: it defines `compiled`, then
calls it with the request's JSON and writes out what it returns.
"""

import base64
import importlib
import importlib.util
import json
import sys
import sysconfig
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]


def pyc(source: bytes, filename: str, checked: bool, optimize: int = -1) -> str:
    """Hash-based bytecode of `source` (as base64): valid whatever the files' dates."""
    code = compile(source, filename, "exec", dont_inherit=True, optimize=optimize)
    data = _code_to_hash_pyc(code, importlib.util.source_hash(source), checked)
    return base64.b64encode(data).decode()


def stdlib_bytecode() -> dict[str, str]:
    """{zip entry (.py): base64 .pyc} of every module loaded so far from the standard library's
    zip (modules built into Python say "frozen" and are left out).

    Compiled as `python -OO` would, without docstrings and asserts: the memory snapshot holds
    these modules, and their docstrings, which nothing reads in the browser, were
    300 KB of its 5.3 MB gzip.
    """
    stdlib_zip = next(entry for entry in sys.path if entry.endswith(".zip")) + "/"
    archive = zipfile.ZipFile(stdlib_zip.removesuffix("/"))
    stdlib = {}
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        filename = getattr(spec, "origin", None) or ""
        if filename.startswith(stdlib_zip) and filename.endswith(".py"):
            name = filename.removeprefix(stdlib_zip)
            stdlib[name] = pyc(archive.read(name), filename, checked=False, optimize=2)
    return stdlib


def core_bytecode(sources: dict[str, str], site_packages: str) -> dict[str, str]:
    """{archive path (.py): base64 .pyc}, checked against the source, of each core module."""
    return {
        path: pyc(source.encode(), site_packages + path, checked=True)
        for path, source in sources.items()
    }


def compiled(request_json: str) -> str:
    """The response bytecode.mjs writes: {"cache_tag", "stdlib", "core"}, once the core's
    modules (the request's "modules") are imported, so that their imports count as loaded."""
    request = json.loads(request_json)
    for name in request["modules"]:
        importlib.import_module(name)
    site_packages = sysconfig.get_paths()["purelib"] + "/"
    return json.dumps(
        {
            "cache_tag": sys.implementation.cache_tag,
            "stdlib": stdlib_bytecode(),
            "core": core_bytecode(request["core"], site_packages),
        }
    )
