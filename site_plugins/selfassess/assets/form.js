// The static form as the source of truth: read it into a response file, write a response back.
const RESPONSE_FORMAT = "selfassess/response@1";
/** The checklist box meaning "none of these" (answer []); no option id can look like it. */
const NONE = "_none";
const EXCLUSIVE = ["na", NONE];

export function questionsOf(form) {
  return [...form.querySelectorAll("fieldset[data-question]")].map((fieldset) => ({
    id: fieldset.dataset.question,
    type: fieldset.dataset.type,
    section: fieldset.closest("[data-section]").dataset.section,
    fieldset,
  }));
}

/** The form's controls by name, in document order: one pass over the form, where a query per
 * question cost the page's start 20–30 ms on a 2-core machine (it runs on every change too). */
function controlsByName(form) {
  const byName = new Map();
  for (const control of form.elements) {
    if (!control.name) continue;
    const named = byName.get(control.name);
    if (named) named.push(control);
    else byName.set(control.name, [control]);
  }
  return byName;
}

function answerOf(question, inputs) {
  const checked = inputs.filter((input) => input.checked).map((input) => input.value);
  if (checked.includes("na")) return "na";
  if (checked.includes(NONE)) return [];
  if (question.type === "checklist") return checked.length ? checked : null;
  return checked.length ? checked[0] : null;
}

function noteField(controls, questionId) {
  const [note] = controls.get(`note:${questionId}`) || [];
  return note;
}

export function targetInputs(scope) {
  return [...scope.querySelectorAll("input[data-target-section]")];
}

/** The response file for what the form holds now. */
export function readForm(form, targetScope, created) {
  const answers = {};
  const notes = {};
  const controls = controlsByName(form);
  for (const question of questionsOf(form)) {
    answers[question.id] = answerOf(question, controls.get(question.id) || []);
    const note = noteField(controls, question.id);
    if (note && note.value.trim()) notes[question.id] = note.value;
  }
  const targets = {};
  for (const input of targetInputs(targetScope)) {
    const value = input.valueAsNumber;
    if (Number.isFinite(value) && value !== Number(input.dataset.default)) {
      targets[input.dataset.targetSection] = value;
    }
  }
  const now = new Date().toISOString();
  return {
    format: RESPONSE_FORMAT,
    bank: { id: form.dataset.selfassessBank, version: form.dataset.bankVersion, hash: form.dataset.bankHash },
    language: form.dataset.language,
    respondent: {
      name: form.elements.namedItem("respondent.name").value,
      role: form.elements.namedItem("respondent.role").value,
    },
    answers,
    notes,
    targets,
    created: created || now,
    updated: now,
  };
}

/** Whether `response` holds anything a person filled in: an answer, a note, a name or a role. */
export function filledIn(response) {
  const { answers, notes, respondent } = response;
  return Object.values(answers).some((answer) => answer != null) || Object.keys(notes).length > 0
    || Boolean(respondent.name || respondent.role);
}

/** `base`, with the answers, notes and respondent fields that `top` has filled in put over it. */
export function overlay(base, top) {
  const answers = { ...base.answers };
  for (const [id, answer] of Object.entries(top.answers)) if (answer != null) answers[id] = answer;
  const respondent = { ...base.respondent };
  for (const [field, value] of Object.entries(top.respondent)) if (value) respondent[field] = value;
  return { ...base, answers, notes: { ...base.notes, ...top.notes }, respondent };
}

/** Show (or hide) a question's note field, and say so on the button before it that does it. */
export function unfoldNote(field, unfolded = true) {
  field.hidden = !unfolded;
  field.previousElementSibling.setAttribute("aria-expanded", String(unfolded));
}

/** Put a (validated or saved) response back into the form. */
export function writeForm(form, targetScope, response) {
  const answers = response.answers || {};
  const notes = response.notes || {};
  const controls = controlsByName(form);
  for (const question of questionsOf(form)) {
    const answer = answers[question.id];
    const chosen = Array.isArray(answer) ? (answer.length ? answer : [NONE]) : answer == null ? [] : [answer];
    for (const input of controls.get(question.id) || []) input.checked = chosen.includes(input.value);
    const note = noteField(controls, question.id);
    if (note) {
      note.value = typeof notes[question.id] === "string" ? notes[question.id] : "";
      if (note.value) unfoldNote(note.closest(".sa-note-field")); // a written note shows
    }
  }
  const respondent = response.respondent || {};
  form.elements.namedItem("respondent.name").value = respondent.name || "";
  const role = form.elements.namedItem("respondent.role");
  role.value = [...role.options].some((o) => o.value === respondent.role) ? respondent.role : "";
  const targets = response.targets || {};
  for (const input of targetInputs(targetScope)) {
    const value = targets[input.dataset.targetSection];
    input.value = typeof value === "number" ? value : input.dataset.default;
  }
}

/** A checklist's "don't know" and "none of these" exclude every other box, and the items exclude them. */
export function keepChecklistConsistent(input) {
  if (input.type !== "checkbox") return;
  const fieldset = input.closest("fieldset[data-question]");
  if (!fieldset || !input.checked) return;
  for (const other of fieldset.querySelectorAll(`input[name="${CSS.escape(input.name)}"]`)) {
    if (other !== input && (EXCLUSIVE.includes(input.value) || EXCLUSIVE.includes(other.value))) {
      other.checked = false;
    }
  }
}
