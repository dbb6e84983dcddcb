"""The HTML report's templates and CSS ship in the browser's core wheel, and the report
renders from that wheel in Pyodide (in Node) exactly as in CPython."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from selfassess.core.model import Bank
from selfassess.core.render import render_report
from selfassess.core.responses import read_response
from selfassess.core.scoring import score
from selfassess.load import load_bank
from selfassess.wheel import build_core_wheel, wheel_filename
from tests.conftest import REPO, TESTS
from tests.core.test_aggregate import HOSTILE, A, response_file

RENDER = REPO / "generator" / "core" / "render"
RUNTIME = REPO / "node_modules" / "pyodide"

SCRIPT = """
import { loadPyodide } from "%(runtime)s/pyodide.mjs";
import { readFileSync } from "node:fs";
const pyodide = await loadPyodide({ indexURL: "%(runtime)s/" });
await pyodide.loadPackage("%(wheel)s", { messageCallback: () => {} });
pyodide.globals.set("bank_json", readFileSync("%(bank)s", "utf-8"));
pyodide.globals.set("response_json", readFileSync("%(response)s", "utf-8"));
console.log(JSON.stringify(pyodide.runPython(`
import json
from selfassess.core.model import bank_from_json
from selfassess.core.render import render_report
from selfassess.core.responses import read_response
from selfassess.core.scoring import score
bank = bank_from_json(json.loads(bank_json))
report = score(bank, read_response(response_json, bank, "a.json").response)
render_report(report, bank, "html")
`)));
"""


def test_the_core_wheel_holds_the_templates_and_the_css() -> None:
    with zipfile.ZipFile(io.BytesIO(build_core_wheel())) as wheel:
        names = set(wheel.namelist())
        for path in [*RENDER.glob("templates/*.html"), RENDER / "report.css"]:
            name = f"selfassess/{path.relative_to(REPO / 'generator').as_posix()}"
            assert name in names
            assert wheel.read(name) == path.read_bytes()
    assert {"document.html", "report.html", "team.html", "compare.html"} <= {
        p.name for p in RENDER.glob("templates/*.html")
    }


@pytest.mark.skipif(shutil.which("node") is None, reason="Pyodide runs here in Node.js")
def test_the_html_report_renders_from_the_wheel_in_pyodide(mini_bank: Bank, tmp_path: Path):
    wheel = tmp_path / wheel_filename()
    wheel.write_bytes(build_core_wheel())
    bank = tmp_path / "bank.json"
    bank.write_text(json.dumps(load_bank(TESTS / "banks" / "mini.yml")), "utf-8")
    response = tmp_path / "response.json"
    response.write_text(response_file(mini_bank, A, "direccion", HOSTILE), "utf-8")
    script = tmp_path / "render.mjs"
    script.write_text(
        SCRIPT % {"runtime": RUNTIME, "wheel": wheel, "bank": bank, "response": response}, "utf-8"
    )
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    in_pyodide = json.loads(done.stdout.strip().splitlines()[-1])
    report = score(mini_bank, read_response(response.read_text("utf-8"), mini_bank, "a").response)
    assert in_pyodide == render_report(report, mini_bank, "html")
    assert "@page { size: A4;" in in_pyodide and '<article class="sa-report"' in in_pyodide
