// The page's side of the scoring engine: starts the worker, reports its state, sends requests.
export class Engine {
  constructor({ workerUrl, init, onState }) {
    this.workerUrl = workerUrl;
    this.init = init;
    this.onState = onState;
    this.worker = null;
    this.ready = null;
    this.pending = new Map();
    this.nextId = 1;
  }

  start() {
    if (this.worker) this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error("restarted"));
    this.pending.clear();
    this.onState("loading");
    let settle;
    this.ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    this.ready.catch(() => {});
    const fail = (error) => {
      this.onState("failed", error);
      settle.reject(new Error(error));
    };
    try {
      this.worker = new Worker(this.workerUrl, { type: "module" });
    } catch (error) {
      fail(String(error));
      return;
    }
    this.worker.addEventListener("error", (event) => fail(event.message || "worker error"));
    this.worker.addEventListener("message", (event) => {
      const message = event.data;
      if (message.type === "ready") {
        this.onState("ready");
        settle.resolve();
      } else if (message.type === "failed") {
        fail(message.error);
      } else if (this.pending.has(message.id)) {
        const { resolve, reject } = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) resolve(message.result);
        else reject(new Error(message.error));
      }
    });
    this.worker.postMessage({ type: "init", ...this.init });
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
}

/** Run `callback` once the page is idle, so the engine never competes with the first paint. */
export function whenIdle(callback) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(callback, { timeout: 2000 });
  else window.setTimeout(callback, 300);
}
