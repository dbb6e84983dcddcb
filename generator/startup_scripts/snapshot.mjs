// Makes a memory snapshot of Pyodide started from the precompiled standard library, with the
// core installed from its wheel and every module the site needs already imported: the browser
// restores it instead of starting Python and importing the core. Called by generator/startup.py:
//   node snapshot.mjs PYODIDE_DIR STDLIB_ZIP WHEEL MODULES.json SNAPSHOT
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
// The Python is snapshot.py beside this script, read as text: it defines `prepare`, called with
// strings only: a JavaScript object handed to Python would be a reference the snapshot cannot hold.
const source = new URL("snapshot.py", import.meta.url);
pyodide.runPython(readFileSync(source, "utf-8"), { filename: "snapshot.py" });
const prepare = pyodide.globals.get("prepare");
prepare(wheelInPython, JSON.stringify(JSON.parse(readFileSync(modulesPath, "utf-8"))));
prepare.destroy();
writeFileSync(snapshotPath, pyodide.makeMemorySnapshot());
