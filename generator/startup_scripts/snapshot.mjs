// Makes a memory snapshot of Pyodide started from the precompiled standard library, with the
// core's files in place and its modules imported: the browser restores it instead of starting
// Python and importing the core. Called by generator/startup.py:
//   node snapshot.mjs PYODIDE_DIR STDLIB_ZIP CORE_DIR MODULES.json SNAPSHOT
// CORE_DIR holds the unpacked core wheel, written into site-packages from here: unpacking it in
// Python would import zipfile and its kin into the snapshot, which the browser never uses.
// The hash seed is fixed so that the same inputs give the same snapshot.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, stdlibZip, coreDir, modulesPath, snapshotPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({
  indexURL: pyodideDir + "/",
  stdLibURL: stdlibZip,
  env: { PYTHONHASHSEED: "0" },
  _makeSnapshot: true,
});
// The Python is snapshot.py beside this script, read as text: it defines `sitePackages` and
// `prepare`, called with strings only: a JavaScript object handed to Python would be a reference
// the snapshot cannot hold.
const source = new URL("snapshot.py", import.meta.url);
pyodide.runPython(readFileSync(source, "utf-8"), { filename: "snapshot.py" });
const sitePackages = pyodide.globals.get("site_packages")();
for (const file of readdirSync(coreDir, { recursive: true }).sort()) {
  if (statSync(join(coreDir, file)).isDirectory()) continue;
  const target = `${sitePackages}/${file}`;
  pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
  pyodide.FS.writeFile(target, readFileSync(join(coreDir, file)));
}
const prepare = pyodide.globals.get("prepare");
prepare(JSON.stringify(JSON.parse(readFileSync(modulesPath, "utf-8"))));
prepare.destroy();
writeFileSync(snapshotPath, pyodide.makeMemorySnapshot());
