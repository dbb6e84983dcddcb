"""The core's modules imported, in the Pyodide whose memory snapshot the browser restores instead
of starting Python and importing the core.

Run inside Pyodide by snapshot.mjs, which reads this file as text: it defines `site_packages` and
`prepare`, then calls them with plain strings (a JavaScript object handed to Python would be a
reference the snapshot cannot hold).
"""

import importlib
import json
import sys


def site_packages() -> str:
    """Where snapshot.mjs writes the core's files, as installing its wheel would."""
    return next(entry for entry in sys.path if entry.endswith("site-packages"))


def prepare(modules_json: str) -> None:
    """Import the modules (a JSON list), then forget the standard library zip's directory.

    The browser restores the snapshot beside a smaller zip (startup.py, RESTORED_STDLIB): a
    directory kept from this one would point into the wrong file; forgotten, it is read again
    from the zip served, on the first import that needs it.
    """
    importlib.invalidate_caches()
    for name in json.loads(modules_json):
        importlib.import_module(name)
    importlib.invalidate_caches()
