// Compiles Python to bytecode with the vendored Pyodide itself, so the format always matches
// the interpreter the browser runs. Called by generator/startup.py:
//   node bytecode.mjs PYODIDE_DIR REQUEST.json RESPONSE.json
// REQUEST: {"wheel": path of the core wheel, "modules": [core module names],
//           "core": {archive path: source}}
// RESPONSE: {"cache_tag": "cpython-314",
//            "stdlib": {zip entry (.py): base64 .pyc}   every stdlib module that starting Python,
//                                                        installing the wheel and importing the core load,
//            "core": {archive path (.py): base64 .pyc}} checked-hash bytecode of each core module
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, requestPath, responsePath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const requestJson = readFileSync(requestPath, "utf-8");
const request = JSON.parse(requestJson);
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/" });
const errors = [];
await pyodide.loadPackage(request.wheel, {
  messageCallback: () => {},
  errorCallback: (message) => errors.push(message),
});
if (errors.length) throw new Error(errors.join("\n"));
// The Python is bytecode.py beside this script, read as text: it defines `compiled`.
const source = new URL("bytecode.py", import.meta.url);
pyodide.runPython(readFileSync(source, "utf-8"), { filename: "bytecode.py" });
const compiled = pyodide.globals.get("compiled");
writeFileSync(responsePath, compiled(requestJson));
compiled.destroy();
