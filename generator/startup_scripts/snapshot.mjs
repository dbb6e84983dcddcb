// Makes a memory snapshot of Pyodide started from the precompiled standard library, with the
// core installed from its wheel and every module the site needs already imported: the browser
// restores it instead of starting Python and importing the core. Called by generator/startup.py:
//   node startup_snapshot.mjs PYODIDE_DIR STDLIB_ZIP WHEEL MODULES.json SNAPSHOT
// The hash seed is fixed so that the same inputs give the same snapshot.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, stdlibZip, wheel, modulesPath, snapshotPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({
  indexURL: pyodideDir + "/",
  stdLibURL: stdlibZip,
  env: { PYTHONHASHSEED: "0" },
  _makeSnapshot: true,
});
const wheelInPython = "/tmp/" + basename(wheel);
pyodide.FS.writeFile(wheelInPython, readFileSync(wheel));
// Values go into the source as literals: a JavaScript object handed to Python would be a
// reference the snapshot cannot hold. The wheel is unpacked where loadPackage puts it.
const modules = JSON.stringify(JSON.parse(readFileSync(modulesPath, "utf-8")));
pyodide.runPython(`
import importlib, sysconfig, zipfile
with zipfile.ZipFile(${JSON.stringify(wheelInPython)}) as wheel:
    wheel.extractall(sysconfig.get_paths()["purelib"])
importlib.invalidate_caches()
for name in ${modules}:
    importlib.import_module(name)
`);
writeFileSync(snapshotPath, pyodide.makeMemorySnapshot());
