// The assessment page: autosave, progress, the engine's status, results, downloads, import.
import { answerCodes } from "./codes.js";
import { askedIds, askingRules } from "./conditions.js";
import { download } from "./download.js";
import { SETTLED, pageEngine } from "./engine.js";
import {
  filledIn, keepChecklistConsistent, overlay, questionsOf, readForm, targetInputs, unfoldNote, writeForm,
} from "./form.js";
import { resumeFromLink } from "./resume.js";
import { forget, load, otherVersion, save, storageKey } from "./storage.js";
import { uiText } from "./texts.js";

const page = document.querySelector(".sa-assessment[data-selfassess-root]");
const form = page.querySelector("form[data-selfassess-bank]");
const ui = JSON.parse(document.getElementById("selfassess-ui").textContent);
const results = page.querySelector("[data-selfassess-results]");
const reportView = page.querySelector("[data-selfassess-report]");
const messages = page.querySelector("[data-selfassess-messages]");
const resultsStatus = page.querySelector("[data-selfassess-results-status]");
const storageWarning = page.querySelector("[data-selfassess-storage]");
const savedStatus = page.querySelector("[data-selfassess-saved]");
const bankId = form.dataset.selfassessBank;
const language = form.dataset.language;
const key = storageKey(bankId, form.dataset.bankVersion);
const questions = questionsOf(form);
const rules = askingRules(questions);
const containers = rules ? [...form.querySelectorAll("[data-stream], [data-section], [data-group]")] : [];

let created = null;
let evaluation = 0;
// The results view for the latest answers, computing or computed once the engine is ready:
// {key, result}. Worked out after every change, the report is there when it is asked for.
let ahead = null;

const engine = pageEngine(page, ui, bankId);

/** The score and rating, spoken politely: a new target updates the report without moving focus. */
function announceResults() {
  const facts = [...reportView.querySelectorAll(".sa-score-value, .sa-rating, .sa-stage")];
  const summary = facts.map((fact) => fact.textContent.trim()).join(", ");
  resultsStatus.textContent = uiText(ui, "results_ready", { summary });
}

function say(text) {
  messages.textContent = text;
}

function currentResponse() {
  return readForm(form, questions, results, created);
}

function persist() {
  const response = currentResponse();
  created = response.created;
  const saved = save(key, response);
  storageWarning.hidden = saved;
  savedStatus.textContent = saved ? uiText(ui, "saved_at", { time: savedTime() }) : "";
  showProgress(response);
  computeAhead(response);
  return response;
}

/** What the results view depends on: the response without its timestamps. */
function resultsKey(response) {
  const { created: _created, updated: _updated, ...rest } = response;
  return JSON.stringify(rest);
}

// One evaluation at a time: an entry waits for the one before, and is skipped if newer answers
// came meanwhile (it resolves to null). Never before the engine is ready: it would queue.
function computeAhead(response) {
  if (engine.state !== "ready") return;
  const wanted = resultsKey(response);
  if (ahead && ahead.key === wanted) return;
  const entry = { key: wanted };
  const before = ahead ? ahead.result.catch(() => null) : Promise.resolve();
  entry.result = before.then(() => (ahead === entry ? evaluate(response) : null));
  entry.result.catch(() => {}); // the results view asks again, and reports the error
  ahead = entry;
}

/** The results view for `response`: the one computed ahead, else computed now. */
async function resultsFor(response) {
  const ready = ahead && ahead.key === resultsKey(response) ? await ahead.result.catch(() => null) : null;
  return ready || evaluate(response);
}

/** Hours and minutes: the polite status line speaks again at most once a minute. */
function savedTime() {
  return new Date().toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" });
}

/** The questions asked for the answers and role given: the others are hidden, their answers
 * kept in the form (and saved), so they are back when their condition holds again. A stream,
 * section or group shows while any of its questions does. */
function showAsked(response) {
  if (!rules) return questions;
  const asked = askedIds(rules, response.answers, response.respondent.role);
  for (const question of questions) question.fieldset.hidden = !asked.has(question.id);
  for (const container of containers) {
    container.hidden = !container.querySelector("fieldset[data-question]:not([hidden])");
  }
  return questions.filter((question) => asked.has(question.id));
}

/** Progress over the questions asked: the overall bar and each section's. */
function showProgress(response) {
  const asked = showAsked(response);
  const answered = (list) => list.filter((q) => response.answers[q.id] != null).length;
  const overall = page.querySelector("[data-progress-overall]");
  overall.max = asked.length || 1;
  overall.value = answered(asked);
  page.querySelector('[data-progress-text="overall"]').textContent = uiText(
    ui, "answered_of", { answered: answered(asked), total: asked.length },
  );
  for (const bar of page.querySelectorAll("[data-progress-section]")) {
    const section = bar.dataset.progressSection;
    const inSection = asked.filter((q) => q.section === section);
    const done = answered(inSection);
    bar.max = inSection.length || 1;
    bar.value = done;
    page.querySelector(`[data-progress-text="${CSS.escape(section)}"]`).textContent = `${done}/${inSection.length}`;
  }
}

// `formats`: the downloads to render ("" for the results view, so showing results renders no file).
async function evaluate(response, formats = "") {
  return engine.resultOf("evaluate", { response: JSON.stringify(response), formats, language });
}

async function showResults({ focus }) {
  const ticket = ++evaluation;
  results.hidden = false;
  results.setAttribute("aria-busy", "true");
  try {
    const result = await resultsFor(persist());
    if (ticket !== evaluation) return;
    reportView.innerHTML = result.body_html;
    reportView.dataset.ready = "true";
    announceResults();
    if (focus) results.querySelector("h2").focus();
  } catch (error) {
    say(String(error.message || error));
  } finally {
    if (ticket === evaluation) results.removeAttribute("aria-busy");
  }
}

async function downloadReport(format) {
  try {
    const result = await evaluate(persist(), format);
    download(`${bankId}-report.${format}`, result.downloads[format]);
  } catch (error) {
    say(String(error.message || error));
  }
}

async function importFile(input) {
  const file = input.files[0];
  input.value = "";
  if (!file) return;
  say(ui.status_loading);
  try {
    const result = await engine.resultOf("import", { data: await file.text(), source: file.name, language });
    useResponse(result.response);
    say([ui.imported, ...result.warnings].join("\n"));
  } catch (error) {
    say(`${ui.import_failed}\n${error.message || error}`);
  }
}

/** Answers from elsewhere (a file, a resume link) in place of those in the form, and saved. */
function useResponse(response) {
  writeForm(form, questions, results, response);
  created = response.created || null;
  persist();
  if (!results.hidden) showResults({ focus: false });
}

function clearAll() {
  if (!window.confirm(ui.confirm_clear)) return;
  form.reset();
  for (const input of targetInputs(results)) input.value = input.dataset.default;
  forget(key);
  created = null;
  results.hidden = true;
  reportView.textContent = "";
  delete reportView.dataset.ready;
  showProgress(currentResponse());
  say("");
}

/** Answers saved for an older version of the bank: keep what still fits, list the rest. */
function carryOver(previous) {
  writeForm(form, questions, results, previous.saved);
  created = previous.saved.created || null;
  const now = currentResponse().answers;
  const lost = Object.entries(previous.saved.answers)
    .filter(([id, answer]) => answer != null && JSON.stringify(now[id]) !== JSON.stringify(answer))
    .map(([id]) => `- ${id}`);
  if (lost.length) {
    const version = (previous.saved.bank && previous.saved.bank.version) || "?";
    say([uiText(ui, "bank_updated", { old: version, new: form.dataset.bankVersion }), ...lost].join("\n"));
  }
  if (save(key, currentResponse())) forget(previous.key);
}

/** Put back what this browser saved for this bank, or for an older version of it; whether it did. */
function restoreSaved() {
  const saved = load(key);
  if (saved && saved.answers) {
    writeForm(form, questions, results, saved);
    created = saved.created || null;
    return true;
  }
  const previous = otherVersion(bankId, key);
  if (previous) carryOver(previous);
  return Boolean(previous);
}

// The static form can be answered as soon as it is painted: what was filled in before this
// script ran wins over the answers saved in this browser, and is saved with them. Each read of
// the form is done once: with nothing restored, the form is still what `early` read.
const early = currentResponse();
const restored = restoreSaved();
if (filledIn(early)) {
  if (restored) writeForm(form, questions, results, overlay(currentResponse(), early));
  persist();
} else {
  showProgress(restored ? currentResponse() : early);
}

form.addEventListener("change", (event) => {
  keepChecklistConsistent(event.target);
  persist();
});
form.addEventListener("input", persist);
form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("click", (event) => {
  const toggle = event.target.closest(".sa-note-toggle");
  if (!toggle) return;
  const field = toggle.nextElementSibling;
  unfoldNote(field, field.hidden);
  if (!field.hidden) field.querySelector("textarea").focus();
});
for (const input of targetInputs(results)) {
  input.addEventListener("input", () => {
    persist();
    if (input.checkValidity()) showResults({ focus: false });
  });
}
page.querySelector('[data-action="show-results"]').addEventListener("click", () => showResults({ focus: true }));
page.querySelector('[data-download="responses"]').addEventListener("click", () => {
  download(`${bankId}-responses.json`, JSON.stringify(persist(), null, 2));
});
for (const button of page.querySelectorAll('[data-download^="report-"]')) {
  button.addEventListener("click", () => downloadReport(button.dataset.download.slice("report-".length)));
}
page.querySelector('[data-action="import"]').addEventListener("change", (event) => importFile(event.target));
page.querySelector('[data-action="clear"]').addEventListener("click", clearAll);
answerCodes({ page, engine, ui, language, response: persist, say });
page.dataset.interactive = "true";
performance.mark("selfassess:interactive"); // bench/run.py: navigation to a usable form
// bench/run.py: the next frame, when the page can show the wired form and answer a click (the
// theme's scripts and the rest of the page run between the two marks).
requestAnimationFrame(() => setTimeout(() => performance.mark("selfassess:interactive-frame")));
// Each start that succeeds computes the results view for the answers there are.
document.addEventListener(SETTLED, () => {
  ahead = null;
  computeAhead(currentResponse());
});
// Pyodide takes seconds to start, on a thread of its own: start it now rather than when idle.
if (!engine.ready) engine.start();
resumeFromLink({ page, engine, ui, language, replace: useResponse, say });
