"""The core installed from its wheel and every module the site needs imported, in the Pyodide
whose memory snapshot the browser restores instead of starting Python and importing the core.

Run inside Pyodide by snapshot.mjs, which reads this file as text: it defines `prepare`, then
calls it with plain strings (a JavaScript object handed to Python would be a reference the
snapshot cannot hold).
"""

import importlib
import json
import sysconfig
import zipfile


def prepare(wheel: str, modules_json: str) -> None:
    """Unpack `wheel` where loadPackage would put it, then import the modules (a JSON list)."""
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(sysconfig.get_paths()["purelib"])
    importlib.invalidate_caches()
    for name in json.loads(modules_json):
        importlib.import_module(name)
