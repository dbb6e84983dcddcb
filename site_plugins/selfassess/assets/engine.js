// The page's side of the scoring engine: starts the worker, reports its state, sends requests.
// Milliseconds after which a start that neither succeeded nor failed counts as failed.
const START_TIMEOUT = 300000;
/** Dispatched on `document` when a start succeeds or fails (offline.js waits for it, and
 * md-globals.js holds Material's search index until it). */
export const SETTLED = "selfassess:engine-settled";

class Engine {
  // `ui`: the page's interface strings, for the engine's own errors.
  constructor({ workerUrl, init, onState, ui }) {
    this.workerUrl = workerUrl;
    this.init = init;
    this.onState = onState;
    this.ui = ui;
    this.worker = null;
    this.ready = null;
    /** "idle", "loading", "ready" or "failed", as the status line says. */
    this.state = "idle";
    this.pending = new Map();
    this.nextId = 1;
    this.watchdog = null;
  }

  setState(state, error) {
    this.state = state;
    this.onState(state, error);
  }

  start() {
    if (this.worker) this.worker.terminate();
    window.clearTimeout(this.watchdog);
    for (const { reject } of this.pending.values()) reject(new Error(this.ui.engine_restarted));
    this.pending.clear();
    this.setState("loading");
    let settle;
    this.ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    this.ready.catch(() => {});
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      this.setState("failed", error);
      settle.reject(new Error(error));
      document.dispatchEvent(new Event(SETTLED));
    };
    this.watchdog = window.setTimeout(() => fail(this.ui.engine_timeout), START_TIMEOUT);
    try {
      this.worker = new Worker(this.workerUrl, { type: "module", name: JSON.stringify(this.init) });
    } catch (error) {
      fail(String(error));
      return;
    }
    this.worker.addEventListener("error", (event) => fail(event.message || this.ui.engine_worker_error));
    this.worker.addEventListener("message", (event) => {
      const message = event.data;
      if (message.type === "ready") {
        performance.mark("selfassess:engine-ready"); // bench/run.py: navigation to ready
        window.clearTimeout(this.watchdog);
        settled = true;
        this.setState("ready");
        settle.resolve();
        document.dispatchEvent(new Event(SETTLED));
      } else if (message.type === "failed") {
        window.clearTimeout(this.watchdog);
        fail(message.error);
      } else if (this.pending.has(message.id)) {
        const { resolve, reject } = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) resolve(message.result);
        else reject(new Error(message.error));
      }
    });
  }

  async request(op, payload) {
    if (!this.ready) this.start();
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...payload });
    });
  }

  /** `request` for an operation that answers {ok, problems, ...}: the result when it is ok,
   * else its problems thrown as one error, for the page to show where it shows its others. */
  async resultOf(op, payload) {
    const result = await this.request(op, payload);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    return result;
  }
}

/** The page's status line and retry button following the engine: an `onState` for Engine. */
function engineStatus(statusLine, retryButton, ui) {
  return (state, error) => {
    statusLine.dataset.state = state;
    statusLine.textContent = ui[`status_${state}`] + (error ? ` (${error})` : "");
    retryButton.hidden = state !== "failed";
  };
}

/** Run `callback` once the page is idle, so the engine never competes with the first paint. */
export function whenIdle(callback) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(callback, { timeout: 2000 });
  else window.setTimeout(callback, 300);
}

/**
 * The engine of a page (`page` carries data-selfassess-root, data-pyodide and data-wheel), with
 * its status line and retry button wired; with `bankId` the worker loads that bank too.
 */
export function pageEngine(page, ui, bankId = null) {
  const root = new URL(page.dataset.selfassessRoot || "./", location.href);
  const assets = new URL("assets/selfassess/", root);
  const init = {
    pyodide: new URL(page.dataset.pyodide, location.href).href,
    wheel: new URL(page.dataset.wheel, location.href).href,
  };
  if (bankId) init.bank = new URL(`banks/${bankId}.json`, assets).href;
  const statusLine = page.querySelector("[data-selfassess-status]");
  const retryButton = page.querySelector('[data-action="retry"]');
  const onState = engineStatus(statusLine, retryButton, ui);
  const engine = new Engine({ workerUrl: new URL("worker.js", assets), init, onState, ui });
  retryButton.addEventListener("click", () => engine.start());
  return engine;
}
