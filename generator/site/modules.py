"""The browser assets' ES modules, each page's module joined with what it imports into one file.

The sources stay small modules with one job each. A browser handles each module's response in a
task of the page's main thread, and on a long page (an assessment's form) those tasks wait
between the frames the page is laid out in: the page's script ran only once its last import
was in. Joined, a page has one response to wait for. Measured on a 2-core machine, in six runs
of 20–40 alternated cold visits: the form was wired 0.02–0.1 s sooner in five (no difference in
the sixth), and the next frame was painted 0.05–0.2 s sooner.

The joiner reads only the forms the assets use, and says where any other form is:
`import { a, b as c } from "./x.js";` at the start of a line, and `export` before a top-level
`function`, `async function`, `const` or `class`. An imported module runs once, before its
importer, in the order of the import lines, as a browser runs them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

IMPORT = re.compile(r'^import\s*\{([^}]*)\}\s*from\s*"\./([\w.-]+\.js)";[ \t]*$', re.MULTILINE)
EXPORT = re.compile(
    r"^export (?=(?:async function|function|const|class)\s+([A-Za-z_$][\w$]*))", re.M
)
STATEMENT = re.compile(r"^(?:import|export)\b(?!\s*\()", re.MULTILINE)
"""A static import or an export: each one must be of a form the joiner reads."""
NAME = re.compile(r"^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$")


class ModuleUnsupported(ValueError):
    """A module the joiner cannot join: FILE:LINE and what to write instead."""


@dataclass(frozen=True)
class Import:
    module: str
    names: tuple[tuple[str, str], ...]
    """(name exported, name bound here) for each name the line imports."""
    line: int

    def pattern(self) -> str:
        """The bindings as a destructuring pattern: `{ a, b: c }`."""
        names = (name if local == name else f"{name}: {local}" for name, local in self.names)
        return "{ " + ", ".join(names) + " }"


@dataclass(frozen=True)
class Module:
    path: Path
    source: str
    imports: tuple[Import, ...]
    exports: tuple[str, ...]


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def _import(path: Path, source: str, match: re.Match[str]) -> Import:
    line = _line(source, match.start())
    names = []
    for name in filter(None, (part.strip() for part in match.group(1).split(","))):
        found = NAME.match(name)
        if not found:
            raise ModuleUnsupported(f"{path}:{line}: cannot read the imported name {name!r}")
        imported, local = found.groups()
        names.append((imported, local or imported))
    return Import(match.group(2), tuple(names), line)


def read_module(path: Path) -> Module:
    source = path.read_text("utf-8")
    imports = tuple(_import(path, source, match) for match in IMPORT.finditer(source))
    read = {match.start() for pattern in (IMPORT, EXPORT) for match in pattern.finditer(source)}
    for statement in STATEMENT.finditer(source):
        if statement.start() not in read:
            raise ModuleUnsupported(
                f"{path}:{_line(source, statement.start())}: the joiner reads only "
                '`import { name } from "./module.js";` and `export` before a top-level '
                "function, const or class: write the statement in one of those forms"
            )
    exports = tuple(match.group(1) for match in EXPORT.finditer(source))
    return Module(path, source, imports, exports)


def _binding(name: str) -> str:
    return "__module_" + re.sub(r"\W", "_", name)


def _body(module: Module) -> str:
    """The module's text, its import lines now reading the joined modules' bindings."""
    imports = iter(module.imports)

    def bound(_match: re.Match[str]) -> str:
        line = next(imports)
        return f"const {line.pattern()} = {_binding(line.module)};"

    return IMPORT.sub(bound, module.source)


def joined(folder: Path, entry: str, read: Callable[[Path], Module] = read_module) -> str:
    """`entry`, and before it every module it imports (transitively), each in a scope of its own."""
    placed: dict[str, Module] = {}  # in the order they run

    def place(name: str, importers: tuple[str, ...]) -> None:
        if name in importers:
            cycle = " → ".join((*importers[importers.index(name):], name))
            raise ModuleUnsupported(f"{folder / name}: imports itself through {cycle}")
        if name in placed:
            return
        path = folder / name
        if not path.is_file():
            by = f", imported by {folder / importers[-1]}" if importers else ""
            raise ModuleUnsupported(f"{path}: no such module{by}")
        module = read(path)
        for line in module.imports:
            place(line.module, (*importers, name))
            for imported, _local in line.names:
                if imported not in placed[line.module].exports:
                    where = f"{path}:{line.line}"
                    raise ModuleUnsupported(f"{where}: {line.module} does not export {imported}")
        placed[name] = module

    place(entry, ())
    *imported, main = placed.values()
    parts = [
        f"// {module.path.name}\nconst {_binding(module.path.name)} = (() => {{\n"
        f"{EXPORT.sub('', _body(module))}\nreturn {{ {', '.join(module.exports)} }};\n}})();\n"
        for module in imported
    ]
    return "".join(parts) + _body(main)


def page_modules(folder: Path) -> dict[str, str]:
    """What the site ships of `folder`'s scripts: each script no other one imports, joined with
    its imports (a script that imports nothing, unchanged); a module only imported ships inside
    its importers."""
    read = functools.cache(read_module)  # each file read once per build
    scripts = sorted(path.name for path in folder.glob("*.js"))
    imported = {line.module for script in scripts for line in read(folder / script).imports}
    return {name: joined(folder, name, read) for name in scripts if name not in imported}
