"""The joiner: a page's module and all it imports, one file that runs as the modules would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from selfassess.site.modules import ModuleUnsupported, joined, page_modules

# Each module logs when it runs; two define a `helper` of their own, which must not clash.
GRAPH = {
    "page.js": (
        'import { shared, twice as double } from "./maths.js";\n'
        'import { LABEL } from "./label.js";\n'
        'log("page");\n'
        "const helper = () => 1;\n"
        "const value = double(shared()) + helper();\n"
        "console.log(JSON.stringify({ order: globalThis.order, value, LABEL }));\n"
    ),
    "maths.js": (
        'import { LABEL } from "./label.js";\n'
        'log("maths");\n'
        "function helper() { return 20; }\n"
        "export function shared() { return helper() + LABEL.length; }\n"
        "export const twice = (n) => 2 * n;\n"
    ),
    "label.js": 'log("label");\nexport const LABEL = "abc";\nexport class Unused {}\n',
    "log.js": "globalThis.order = [];\nglobalThis.log = (name) => globalThis.order.push(name);\n",
}


def write(folder: Path, modules: dict[str, str]) -> Path:
    for name, text in modules.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def run_module(folder: Path, text: str) -> str:
    node = shutil.which("node")
    assert node, "Node.js is needed to build the site, and by this test"
    script = folder / "joined.mjs"
    script.write_text((folder / "log.js").read_text("utf-8") + text, "utf-8")
    done = subprocess.run([node, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_joined_module_runs_each_import_once_in_order_each_in_its_own_scope(tmp_path: Path):
    folder = write(tmp_path, GRAPH)
    out = run_module(folder, joined(folder, "page.js"))
    assert out == '{"order":["label","maths","page"],"value":47,"LABEL":"abc"}'


def test_a_module_that_imports_nothing_is_unchanged(tmp_path: Path):
    folder = write(tmp_path, GRAPH)
    assert joined(folder, "label.js") == GRAPH["label.js"]


def test_the_site_ships_each_module_no_other_imports(tmp_path: Path):
    folder = write(tmp_path, GRAPH)
    assert sorted(page_modules(folder)) == ["log.js", "page.js"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('// a page\nimport * as maths from "./maths.js";\n', 2),
        ('import "./maths.js";\n', 1),
        ("const a = 1;\nexport { a };\n", 2),
        ("export default function () {}\n", 1),
        ("export let counter = 0;\n", 1),
        ('import { default as x } from "./maths.js";\n', 1),
    ],
)
def test_a_form_the_joiner_does_not_read_is_named_by_line(tmp_path: Path, text: str, line: int):
    folder = write(tmp_path, {**GRAPH, "page.js": text})
    with pytest.raises(ModuleUnsupported, match=rf"page\.js:{line}: "):
        joined(folder, "page.js")


def test_a_missing_or_circular_import_is_named(tmp_path: Path):
    folder = write(tmp_path, {"page.js": 'import { a } from "./gone.js";\n'})
    with pytest.raises(ModuleUnsupported, match=r"gone\.js: no such module, imported by .*page"):
        joined(folder, "page.js")
    write(tmp_path, {"a.js": 'import { b } from "./b.js";\nexport const a = 1;\n',
                     "b.js": 'import { a } from "./a.js";\nexport const b = 2;\n'})
    with pytest.raises(ModuleUnsupported, match=r"a\.js → b\.js → a\.js"):
        joined(folder, "a.js")


def test_an_import_of_a_name_the_module_does_not_export_fails_when_it_runs(tmp_path: Path):
    """As a browser would refuse it: the joined page must not run with an `undefined` binding."""
    folder = write(tmp_path, {**GRAPH, "page.js": 'import { nothing } from "./label.js";\n'})
    with pytest.raises(ModuleUnsupported, match=r"page\.js:1: label\.js does not export nothing"):
        joined(folder, "page.js")
