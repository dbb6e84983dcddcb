// The calculators page: each form sends its answers, file or figures to the worker, which
// computes the metric with the core (as `selfassess metric` does) and returns the view to show.
// A chosen file is read here with FileReader and never sent anywhere.
import { pageEngine, whenIdle } from "./engine.js";
import { uiText } from "./texts.js";

const page = document.querySelector(".sa-calculators[data-selfassess-root]");
const ui = JSON.parse(document.getElementById("selfassess-ui").textContent);
const language = page.dataset.language;
const maxFileBytes = Number(page.dataset.maxFileBytes);
const engine = pageEngine(page, ui);

/** The file's bytes as base64, read locally: the core decodes them as the CLI decodes files. */
function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener("load", () => resolve(String(reader.result).split(",", 2)[1] || ""));
    reader.addEventListener("error", () => reject(reader.error));
    reader.readAsDataURL(file);
  });
}

async function compute(form, request, source) {
  const section = form.closest(".sa-calculator");
  const view = section.querySelector("[data-calculator-result]");
  const sourceLine = section.querySelector("[data-calculator-source]");
  const ticket = String(Number(form.dataset.ticket || 0) + 1);
  form.dataset.ticket = ticket;
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  delete view.dataset.ready;
  view.setAttribute("aria-busy", "true");
  sourceLine.textContent = ui.computing;
  try {
    const answer = await engine.request("metric", {
      request: JSON.stringify({ name: form.dataset.calculator, language, ...request }),
    });
    if (form.dataset.ticket !== ticket) return;
    view.innerHTML = answer.body_html;
    view.dataset.ok = String(answer.ok);
    view.dataset.ready = "true";
    sourceLine.textContent = source;
    const field = !answer.ok && answer.field && form.elements.namedItem(answer.field);
    if (field) {
      field.setAttribute("aria-invalid", "true");
      field.focus();
    }
  } catch (error) {
    if (form.dataset.ticket === ticket) sourceLine.textContent = String(error.message || error);
  } finally {
    if (form.dataset.ticket === ticket) view.removeAttribute("aria-busy");
  }
}

function column(form) {
  return form.elements.namedItem("column").value.trim();
}

async function computeFile(form, input) {
  const file = input.files[0];
  if (!file) return;
  const sourceLine = form.closest(".sa-calculator").querySelector("[data-calculator-source]");
  if (file.size > maxFileBytes) {
    sourceLine.textContent = uiText(ui, "calc_file_too_large", {
      name: file.name, mb: Math.round(maxFileBytes / 1048576),
    });
    return;
  }
  let data;
  try {
    data = await readBase64(file);
  } catch (error) {
    sourceLine.textContent = uiText(ui, "calc_file_unreadable", { name: file.name });
    return;
  }
  await compute(form, { file: data, column: column(form) }, uiText(ui, "calc_from_file", { name: file.name }));
}

for (const form of page.querySelectorAll("form[data-calculator]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (form.dataset.kind === "survey") {
      compute(form, { text: form.elements.namedItem("text").value, column: column(form) }, ui.calc_from_text);
    } else {
      const values = {};
      for (const input of form.querySelectorAll("input[name]")) values[input.name] = input.value;
      compute(form, { values }, "");
    }
  });
  const file = form.elements.namedItem("file");
  if (file) file.addEventListener("change", () => computeFile(form, file));
}
whenIdle(() => { if (!engine.ready) engine.start(); });
page.dataset.interactive = "true";
