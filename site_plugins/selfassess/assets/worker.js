// The scoring engine: Pyodide running the selfassess core, in a module Web Worker.
// What to start comes in the worker's name, JSON {pyodide, wheel, bank} (no bank for the
// calculators), so it starts as soon as its script runs: a message from the page would wait for the
// page's main thread, which is parsing the form and running Material's bundle meanwhile.
// Messages in: {id, op, language, ...}, op one of evaluate, import, team-add, team-paste,
// team-reset, team-result, compare, metric, code, resume; once ready: messages about files come
// back in `language`, the page's.
// Messages out: {type: "ready"} | {type: "failed", error} | {id, ok, result | error}.
let core = null;
let bankJson = null;
// The site's brand, written by the plugin beside this script; "" for an unbranded site.
let brandJson = "";

// Pyodide waits forever when its binary cannot be fetched, so check the big files first: the
// binary, and the standard library's zip Python will read (`stdlib`).
async function checkRuntime(base, stdlib) {
  await Promise.all(["pyodide.asm.wasm", stdlib].map(async (name) => {
    const response = await fetch(base + name, { method: "HEAD" });
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  }));
}

// Restoring a memory snapshot of Python already started (made at build time beside a vendored
// runtime, generator/startup.py) is several times faster than starting Python. Pyodide from
// another origin, or a site built without Node, has none: Python then starts as usual.
const RESTART = "selfassess: starting Python without its snapshot:";

// Resolves once the headers say there is one (snapshot.js inflates the rest meanwhile): null when
// there is none, or when its thread cannot start, and Python then starts as usual.
function snapshotOf(base) {
  if (new URL(base).origin !== self.location.origin) return Promise.resolve(null);
  let deliver;
  const bytes = new Promise((resolve, reject) => { deliver = { resolve, reject }; });
  bytes.catch(() => {}); // reported where it is restored, below
  const inflater = new Worker(new URL("snapshot.js", import.meta.url), {
    type: "module", name: base + "python.snapshot",
  });
  return new Promise((found) => {
    inflater.addEventListener("message", ({ data }) => {
      if ("found" in data) {
        found(data.found ? { bytes } : null);
        if (data.found) return;
      } else if (data.bytes) {
        deliver.resolve(data.bytes);
      } else {
        deliver.reject(new Error(data.error));
      }
      inflater.terminate();
    });
    inflater.addEventListener("error", (event) => {
      found(null);
      deliver.reject(new Error(event.message));
      inflater.terminate();
    });
  });
}

// Restored, Python has imported all it needs but the codecs: beside the snapshot the build writes
// a zip of only those (generator/startup.py, RESTORED_STDLIB), a tenth of the whole library's.
const RESTORED_STDLIB = "python_stdlib_restored.zip";

// A snapshot that cannot be restored costs a restart, never the engine.
async function startPython(loadPyodide, base, snapshot) {
  if (snapshot) {
    try {
      const pyodide = await loadPyodide({
        indexURL: base, _loadSnapshot: snapshot.bytes, stdLibURL: base + RESTORED_STDLIB,
      });
      return { pyodide, restored: true };
    } catch (error) {
      console.error(RESTART, error);
    }
  }
  return { pyodide: await loadPyodide({ indexURL: base }), restored: false };
}

async function installCore(pyodide, wheel) {
  let loadError = null;
  await pyodide.loadPackage(wheel, {
    messageCallback: () => {},
    errorCallback: (message) => { loadError = message; },
  });
  if (loadError) throw new Error(loadError);
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

// Everything is requested at once: the bank and brand arrive while Python starts.
// The performance marks name each phase (DevTools, bench/run.py).
async function start({ pyodide: base, wheel, bank }) {
  const bankText = bank ? fetchText(bank) : Promise.resolve(null);
  const brandText = fetchText(new URL("brand.json", self.location.href)).catch(() => "");
  bankText.catch(() => {});
  const found = snapshotOf(base);
  const stdlib = found.then((snapshot) => (snapshot ? RESTORED_STDLIB : "python_stdlib.zip"));
  const [{ loadPyodide }, snapshot] = await Promise.all([
    import(base + "pyodide.mjs"), found, stdlib.then((name) => checkRuntime(base, name)),
  ]);
  performance.mark("selfassess:runtime-module");
  const { pyodide, restored } = await startPython(loadPyodide, base, snapshot);
  performance.mark("selfassess:python");
  // Restored, Python has the core imported already: the build installed this very wheel before
  // taking the snapshot. Installing it again would only hold up the first requests.
  if (!restored) await installCore(pyodide, wheel);
  performance.mark("selfassess:core-installed");
  bankJson = await bankText;
  brandJson = await brandText;
  core = pyodide.pyimport("selfassess.core.browser");
  performance.mark("selfassess:ready");
}

function run(message) {
  if (message.op === "evaluate") {
    return core.evaluate(bankJson, message.response, brandJson, message.formats || "", message.language || "en");
  }
  if (message.op === "import") {
    return core.import_response(bankJson, message.data, message.source, message.language || "en");
  }
  // The team page: Python keeps the team's tally between messages. A whole batch of files in one
  // call: one crossing of the JavaScript/Python boundary.
  if (message.op === "team-add") return core.team_add(bankJson, message.files, message.language);
  if (message.op === "team-paste") return core.team_paste(bankJson, message.text, message.language);
  if (message.op === "team-reset") return core.team_reset(bankJson);
  if (message.op === "team-result") return core.team_result(bankJson, message.language, brandJson);
  if (message.op === "compare") {
    return core.compare_files(
      bankJson, message.baseline, message.baselineName, message.current, message.currentName,
      message.language, brandJson,
    );
  }
  if (message.op === "metric") return core.calculate(message.request);
  if (message.op === "code") {
    return core.answer_code(bankJson, message.response, Boolean(message.withNotes), message.language, brandJson);
  }
  if (message.op === "resume") return core.read_resume(bankJson, message.code, message.language);
  throw new Error(`unknown operation ${message.op}`);
}

// How the made-up response is scored once ready: WebAssembly functions are compiled when first
// called and optimized only once hot (measured: without it, a team page's 1,000 files took 0.2 to
// 0.5 s longer). Optimizing follows the work done, so a big bank, whose runs do more, stops sooner:
// after WARM_UPS runs or WARM_UP_MS milliseconds, whichever comes first.
const WARM_UPS = 8;
const WARM_UP_MS = 300;

// Each run is a task of its own, so a request that comes meanwhile waits for one run at most.
function warmUp(runs, spent = 0) {
  const start = performance.now();
  JSON.parse(core.prepare(bankJson, brandJson));
  const total = spent + performance.now() - start;
  if (runs > 1 && total < WARM_UP_MS) setTimeout(() => warmUp(runs - 1, total), 0);
}

function messageOf(error) {
  return String((error && error.message) || error);
}

async function startAndReport() {
  try {
    await start(JSON.parse(self.name));
    self.postMessage({ type: "ready" });
    // After "ready", so the page hears it first.
    if (bankJson) warmUp(WARM_UPS);
  } catch (error) {
    self.postMessage({ type: "failed", error: messageOf(error) });
  }
}

startAndReport();

self.addEventListener("message", (event) => {
  const message = event.data;
  try {
    self.postMessage({ id: message.id, ok: true, result: JSON.parse(run(message)) });
  } catch (error) {
    self.postMessage({ id: message.id, ok: false, error: messageOf(error) });
  }
});
