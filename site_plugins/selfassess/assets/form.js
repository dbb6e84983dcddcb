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

/** A question's answer: an option id, "na", null; a checklist's checked ids, or
 * {"checked": [...], "na": [...]} when some items are marked not applicable (their boxes
 * `notApplicable`), so files without such marks keep today's plain lists. */
function answerOf(question, inputs, notApplicable) {
  const checked = inputs.filter((input) => input.checked).map((input) => input.value);
  if (checked.includes("na")) return "na";
  const items = checked.includes(NONE) ? [] : checked;
  if (question.type !== "checklist") return items.length ? items[0] : null;
  const na = notApplicable.filter((input) => input.checked).map((input) => input.value);
  if (na.length) return { checked: items, na };
  return checked.length ? items : null;
}

/** The boxes that mark a checklist's items not applicable. */
function notApplicableBoxes(controls, questionId) {
  return controls.get(`na:${questionId}`) || [];
}

function noteField(controls, questionId) {
  const [note] = controls.get(`note:${questionId}`) || [];
  return note;
}

export function targetInputs(scope) {
  return [...scope.querySelectorAll("input[data-target-section]")];
}

/** A target input's scale ("min max decimals" in data-scale); null when it shows 0–100, as
 * responses hold it. */
function targetScale(input) {
  if (!input.dataset.scale) return null;
  const [min, max, decimals] = input.dataset.scale.split(" ").map(Number);
  return { min, max, decimals };
}

function targetOnHundred(input, shown) {
  const scale = targetScale(input);
  return scale ? ((shown - scale.min) / (scale.max - scale.min)) * 100 : shown;
}

function targetShown(input, target) {
  const scale = targetScale(input);
  if (!scale) return target;
  const { min, max, decimals } = scale;
  return Number((min + ((max - min) * target) / 100).toFixed(decimals));
}

/** The response file for what the form holds now; `questions` are the form's (questionsOf),
 * found once by the page rather than on every read. */
export function readForm(form, questions, targetScope, created) {
  const answers = {};
  const notes = {};
  const controls = controlsByName(form);
  for (const question of questions) {
    answers[question.id] = answerOf(
      question, controls.get(question.id) || [], notApplicableBoxes(controls, question.id),
    );
    const note = noteField(controls, question.id);
    if (note && note.value.trim()) notes[question.id] = note.value;
  }
  const targets = {};
  for (const input of targetInputs(targetScope)) {
    const value = input.valueAsNumber;
    if (Number.isFinite(value) && value !== Number(input.dataset.default)) {
      targets[input.dataset.targetSection] = targetOnHundred(input, value);
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

/** The boxes an answer checks: its options (a checklist's [] is "none of these"), and the items
 * it marks not applicable. */
function checkedIds(answer) {
  if (answer == null) return { chosen: [], na: [] };
  if (typeof answer === "string") return { chosen: [answer], na: [] };
  const { checked, na } = checklistParts(answer);
  return { chosen: checked.length || na.length ? checked : [NONE], na };
}

/** A checklist answer's checked and n/a item ids, in either shape: a list, or {checked, na}. */
export function checklistParts(answer) {
  return Array.isArray(answer) ? { checked: answer, na: [] } : { checked: answer.checked || [], na: answer.na || [] };
}

/** Put a (validated or saved) response back into the form (`questions`: as for readForm). */
export function writeForm(form, questions, targetScope, response) {
  const answers = response.answers || {};
  const notes = response.notes || {};
  const controls = controlsByName(form);
  for (const question of questions) {
    const { chosen, na } = checkedIds(answers[question.id]);
    for (const input of controls.get(question.id) || []) input.checked = chosen.includes(input.value);
    for (const input of notApplicableBoxes(controls, question.id)) input.checked = na.includes(input.value);
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
    input.value = typeof value === "number" ? targetShown(input, value) : input.dataset.default;
  }
}

/** A checklist's "don't know", "none of these" and exclusive items (`data-exclusive`) exclude
 * every other box, and the items exclude them; an item and its "not applicable" box exclude
 * each other, and "don't know" clears the items' marks. */
export function keepChecklistConsistent(input) {
  if (input.type !== "checkbox" || !input.checked) return;
  const fieldset = input.closest("fieldset[data-question]");
  if (!fieldset) return;
  const name = fieldset.dataset.question;
  const excludes = (box) => EXCLUSIVE.includes(box.value) || "exclusive" in box.dataset;
  const items = fieldset.querySelectorAll(`input[name="${CSS.escape(name)}"]`);
  const marks = fieldset.querySelectorAll(`input[name="${CSS.escape(`na:${name}`)}"]`);
  if (input.name === name) {
    for (const other of items) {
      if (other !== input && (excludes(input) || excludes(other))) other.checked = false;
    }
    for (const mark of marks) if (input.value === "na" || mark.value === input.value) mark.checked = false;
  } else {
    for (const item of items) if (item.value === input.value || item.value === "na") item.checked = false;
  }
}
