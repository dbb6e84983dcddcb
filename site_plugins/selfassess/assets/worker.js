// The scoring engine: Pyodide running the selfassess core, in a module Web Worker.
// Messages in: {type: "init", pyodide, wheel, bank} once (no bank for the calculators), then
// {id, op: "evaluate"|"import"|"aggregate"|"compare"|"metric", ...}.
// Messages out: {type: "ready"} | {type: "failed", error} | {id, ok, result | error}.
let core = null;
let bankJson = null;
// The site's brand, written by the plugin beside this script; "" for an unbranded site.
let brandJson = "";

// Pyodide waits forever when its binary cannot be fetched, so check the big files first.
async function checkRuntime(base) {
  for (const name of ["pyodide.asm.wasm", "python_stdlib.zip"]) {
    const response = await fetch(base + name, { method: "HEAD" });
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  }
}

async function start({ pyodide: base, wheel, bank }) {
  await checkRuntime(base);
  const { loadPyodide } = await import(base + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: base });
  let loadError = null;
  await pyodide.loadPackage(wheel, {
    messageCallback: () => {},
    errorCallback: (message) => { loadError = message; },
  });
  if (loadError) throw new Error(loadError);
  if (bank) {
    const response = await fetch(bank);
    if (!response.ok) throw new Error(`${bank}: HTTP ${response.status}`);
    bankJson = await response.text();
  }
  const brand = await fetch(new URL("brand.json", self.location.href));
  brandJson = brand.ok ? await brand.text() : "";
  core = pyodide.pyimport("generator.core.browser");
}

function run(message) {
  if (message.op === "evaluate") return core.evaluate(bankJson, message.response, brandJson);
  if (message.op === "import") return core.import_response(bankJson, message.data, message.source);
  // A whole batch of files in one call: one crossing of the JavaScript/Python boundary.
  if (message.op === "aggregate") return core.aggregate_files(bankJson, message.files, message.language, brandJson);
  if (message.op === "compare") {
    return core.compare_files(
      bankJson, message.baseline, message.baselineName, message.current, message.currentName,
      message.language, brandJson,
    );
  }
  if (message.op === "metric") return core.calculate(message.request);
  throw new Error(`unknown operation ${message.op}`);
}

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === "init") {
    try {
      await start(message);
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "failed", error: String((error && error.message) || error) });
    }
    return;
  }
  try {
    self.postMessage({ id: message.id, ok: true, result: JSON.parse(run(message)) });
  } catch (error) {
    self.postMessage({ id: message.id, ok: false, error: String((error && error.message) || error) });
  }
});
