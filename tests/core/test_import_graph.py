"""The core must run in Pyodide with nothing but the standard library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import selfassess.core

CORE = Path(selfassess.core.__file__).parent

PROBE = """
import importlib, json, pkgutil, sys
at_startup = set(sys.modules)
import selfassess.core
for module in pkgutil.walk_packages(selfassess.core.__path__, "selfassess.core."):
    importlib.import_module(module.name)
print(json.dumps(sorted(set(sys.modules) - at_startup)))
"""
"""Prints the modules that importing the core loads, beyond those the interpreter starts with."""


def test_core_imports_only_the_standard_library() -> None:
    probe = subprocess.run(
        [sys.executable, "-I", "-c", PROBE], capture_output=True, text=True, cwd=CORE.parent.parent
    )
    assert probe.returncode == 0, probe.stderr
    loaded = json.loads(probe.stdout)
    assert "selfassess.core.scoring" in loaded
    outside = [
        name for name in loaded
        if name.split(".")[0] not in sys.stdlib_module_names
        and name != "selfassess"
        and not name.startswith("selfassess.core")
    ]  # fmt: skip
    assert outside == []
