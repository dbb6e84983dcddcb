// The team and compare pages: response files in, the team report or the comparison out.
// All the work happens in the worker, which keeps the team's tally between requests; this module
// only reads files, hands them over in batches, shows what the worker returns, and offers its
// downloads.
import { download } from "./download.js";
import { pageEngine, whenIdle } from "./engine.js";
import { load, storageKey } from "./storage.js";
import { uiText } from "./texts.js";

const page = document.querySelector(".sa-team-page[data-selfassess-root]");
const ui = JSON.parse(document.getElementById("selfassess-ui").textContent);
const messages = page.querySelector("[data-selfassess-messages]");
const reportView = page.querySelector("[data-selfassess-report]");
const team = page.querySelector("[data-selfassess-team]");
const comparison = page.querySelector("[data-selfassess-compare]");
const bankId = team ? team.dataset.selfassessTeam : comparison.dataset.selfassessCompare;
const language = page.dataset.language;
const engine = pageEngine(page, ui, bankId);

let downloads = null;
let ticket = 0;
let started = 0;
let runs = 0;

function say(text) {
  messages.textContent = text;
}

function fill(result, prefix) {
  downloads = result.downloads;
  reportView.innerHTML = result.body_html;
  reportView.dataset.ready = "true";
  for (const button of page.querySelectorAll(`[data-download^="${prefix}-"]`)) button.disabled = false;
}

function clearReport() {
  downloads = null;
  reportView.textContent = "";
  delete reportView.dataset.ready;
  for (const button of page.querySelectorAll("[data-download]")) button.disabled = true;
}

// `ask`: the request whose result to show, a promise for it once it is sent.
async function run(ask, prefix) {
  const mine = ++ticket;
  page.setAttribute("aria-busy", "true");
  say(ui.computing);
  try {
    const result = await ask();
    if (mine !== ticket) return;
    if (!result.ok) {
      clearReport();
      say(result.problems.join("\n"));
      return;
    }
    fill(result, prefix);
    if (result.counts) {
      say(uiText(ui, "team_done", result.counts));
    } else {
      say((result.warnings || []).join("\n"));
    }
    // From the files chosen to the report painted on screen, for the benchmark.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    page.dataset.elapsed = String(Math.round(performance.now() - started));
    page.dataset.runs = String(++runs);
  } catch (error) {
    say(String(error.message || error));
  } finally {
    if (mine === ticket) page.removeAttribute("aria-busy");
  }
}

// --- team page ------------------------------------------------------------------------
// The files handed over to the worker, by name and content: the same file chosen twice counts
// once, as does a copy of it; two files with the same name both count. A file's size or date would
// cost the browser a look at the disk per file, half a second for a thousand files.
const sent = new Set();
// Files read and handed over at a time: the page reads the next batch while Python tallies this one.
const BATCH = 500;
// Text pasted in, holding answer codes: read with the files, in one report.
let pasted = "";
// Counts the resets: files still being read when one comes are dropped.
let epoch = 0;

// `added`: the requests that hand over files or text, to wait for before the report.
function showTeam(added) {
  return run(async () => {
    await Promise.all(added);
    return engine.request("team-result", { language });
  }, "team");
}

// A request whose failure is shown by `showTeam`, not reported as unhandled meanwhile.
function requested(op, payload) {
  const answer = engine.request(op, payload);
  answer.catch(() => {});
  return answer;
}

async function addFiles(files) {
  started = performance.now();
  const mine = epoch;
  const list = Array.from(files);
  const added = [];
  for (let first = 0; first < list.length; first += BATCH) {
    const batch = list.slice(first, first + BATCH);
    const texts = await Promise.all(batch.map((file) => file.text()));
    if (mine !== epoch) return;
    const fresh = [];
    batch.forEach((file, i) => {
      const key = `${file.name}\u0000${texts[i]}`;
      if (sent.has(key)) return;
      sent.add(key);
      fresh.push({ name: file.name, text: texts[i] });
    });
    if (fresh.length) added.push(requested("team-add", { files: JSON.stringify(fresh), language }));
  }
  page.querySelector("[data-team-count]").textContent = uiText(ui, "team_files", { count: sent.size });
  await showTeam(added);
}

function readPasted(text) {
  if (text === pasted) return;
  started = performance.now();
  pasted = text;
  const read = requested("team-paste", { text: pasted, language });
  if (sent.size || pasted.trim()) showTeam([read]);
  else clearReport();
}

if (team) {
  const input = team.querySelector('input[type="file"][multiple]');
  input.addEventListener("change", () => {
    const files = input.files;
    addFiles(files).finally(() => { input.value = ""; });
  });
  team.addEventListener("dragover", (event) => {
    event.preventDefault();
    team.dataset.dragging = "true";
  });
  team.addEventListener("dragleave", () => { delete team.dataset.dragging; });
  team.addEventListener("drop", (event) => {
    event.preventDefault();
    delete team.dataset.dragging;
    if (event.dataTransfer && event.dataTransfer.files.length) addFiles(event.dataTransfer.files);
  });
  const codes = team.querySelector('textarea[data-action="paste-codes"]');
  let typing = 0;
  codes.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => readPasted(codes.value), 500);
  });
  team.querySelector('[data-action="read-codes"]').addEventListener("click", () => {
    window.clearTimeout(typing);
    pasted = null; // read again even when unchanged
    readPasted(codes.value);
  });
  team.querySelector('[data-action="team-reset"]').addEventListener("click", () => {
    sent.clear();
    epoch += 1;
    requested("team-reset", {});
    codes.value = "";
    pasted = "";
    page.querySelector("[data-team-count]").textContent = "";
    clearReport();
    say("");
  });
}

// --- compare page ---------------------------------------------------------------------
const sides = { baseline: null, current: null };

async function compareIfReady() {
  if (!sides.baseline || !sides.current) return;
  started = performance.now();
  await run(() => engine.request("compare", {
    baseline: sides.baseline.text, baselineName: sides.baseline.name,
    current: sides.current.text, currentName: sides.current.name, language,
  }), "compare");
}

if (comparison) {
  for (const input of comparison.querySelectorAll("input[data-compare]")) {
    input.addEventListener("change", async () => {
      const file = input.files[0];
      if (!file) return;
      sides[input.dataset.compare] = { name: file.name, text: await file.text() };
      page.querySelector(`[data-compare-name="${input.dataset.compare}"]`).textContent = file.name;
      await compareIfReady();
    });
  }
  const mine = comparison.querySelector('[data-action="compare-mine"]');
  mine.addEventListener("click", async () => {
    const saved = load(storageKey(bankId, comparison.dataset.bankVersion));
    if (!saved || !saved.answers) {
      say(ui.compare_no_answers);
      return;
    }
    sides.current = { name: ui.compare_my_answers, text: JSON.stringify(saved) };
    page.querySelector('[data-compare-name="current"]').textContent = ui.compare_my_answers;
    await compareIfReady();
  });
}

for (const button of page.querySelectorAll("[data-download]")) {
  button.addEventListener("click", () => {
    if (!downloads) return;
    const [kind, format] = button.dataset.download.split("-");
    download(`${bankId}-${kind}.${format}`, downloads[format]);
  });
}
page.querySelector('[data-action="print"]').addEventListener("click", () => window.print());
whenIdle(() => { if (!engine.ready) engine.start(); });
page.dataset.interactive = "true";
