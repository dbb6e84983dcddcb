// Makes a memory snapshot of Pyodide started from the precompiled standard library, with the
// modules the site needs already imported: the browser restores it instead of starting Python.
// Called by generator/startup.py:
//   node startup_snapshot.mjs PYODIDE_DIR STDLIB_ZIP MODULES.json SNAPSHOT
// The hash seed is fixed so that the same inputs give the same snapshot.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, stdlibZip, modulesPath, snapshotPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({
  indexURL: pyodideDir + "/",
  stdLibURL: stdlibZip,
  env: { PYTHONHASHSEED: "0" },
  _makeSnapshot: true,
});
// The names go into the source as a literal: a JavaScript object handed to Python would be a
// reference the snapshot cannot hold.
const modules = JSON.stringify(JSON.parse(readFileSync(modulesPath, "utf-8")));
pyodide.runPython(`
import importlib
for name in ${modules}:
    importlib.import_module(name)
`);
writeFileSync(snapshotPath, pyodide.makeMemorySnapshot());
