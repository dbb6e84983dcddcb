// Compiles Python to bytecode with the vendored Pyodide itself, so the format always matches
// the interpreter the browser runs. Called by generator/startup.py:
//   node startup_bytecode.mjs PYODIDE_DIR REQUEST.json RESPONSE.json
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
const request = JSON.parse(readFileSync(requestPath, "utf-8"));
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/" });
const errors = [];
await pyodide.loadPackage(request.wheel, {
  messageCallback: () => {},
  errorCallback: (message) => errors.push(message),
});
if (errors.length) throw new Error(errors.join("\n"));
pyodide.globals.set("core_sources", pyodide.toPy(request.core));
pyodide.globals.set("core_modules", pyodide.toPy(request.modules));
const response = pyodide.runPython(`
import base64, importlib, importlib.util, json, sys, sysconfig, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

def pyc(source, filename, checked):
    code = compile(source, filename, "exec", dont_inherit=True)
    return base64.b64encode(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked)).decode()

for name in core_modules:
    importlib.import_module(name)

stdlib_zip = next(entry for entry in sys.path if entry.endswith(".zip")) + "/"
archive = zipfile.ZipFile(stdlib_zip.removesuffix("/"))
stdlib = {}
for module in list(sys.modules.values()):
    spec = getattr(module, "__spec__", None)
    filename = getattr(spec, "origin", None) or ""  # "frozen" for modules built into Python
    if filename.startswith(stdlib_zip) and filename.endswith(".py"):
        name = filename.removeprefix(stdlib_zip)
        stdlib[name] = pyc(archive.read(name), filename, checked=False)
site_packages = sysconfig.get_paths()["purelib"] + "/"
core = {
    path: pyc(source.encode(), site_packages + path, checked=True)
    for path, source in core_sources.items()
}
json.dumps({"cache_tag": sys.implementation.cache_tag, "stdlib": stdlib, "core": core})
`);
writeFileSync(responsePath, response);
