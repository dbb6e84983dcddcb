// Which questions are asked now, to show only those: the bank's conditions (`data-when`) and
// audiences (`data-roles`) over the form's answers. It mirrors selfassess.core.asking, which
// stays the authority: the page sends every answer, kept or hidden, and Python decides.
import { checklistParts } from "./form.js";

function parsed(element, name) {
  const text = element && element.dataset[name];
  return text ? JSON.parse(text) : null;
}

/** Each question's conditions (its own, its stream's, its section's), audiences (its own, its
 * section's) and exclusive items; null when the form asks every question of everyone. */
export function askingRules(questions) {
  const rules = new Map();
  let any = false;
  for (const question of questions) {
    const { fieldset } = question;
    const section = fieldset.closest("[data-section]");
    const when = [fieldset, fieldset.closest("[data-stream]"), section].map((e) => parsed(e, "when")).filter(Boolean);
    const roles = [fieldset, section].map((e) => parsed(e, "roles")).filter(Boolean);
    const exclusive = [...fieldset.querySelectorAll("input[data-exclusive]")].map((input) => input.value);
    any = any || when.length > 0 || roles.length > 0;
    rules.set(question.id, { when, roles, exclusive });
  }
  return any ? rules : null;
}

/** The option ids an answer gives: a checklist's checked items not marked n/a (an exclusive
 * item alone when checked), a single answer's option; none for no answer or "don't know". */
function chosen(answer, exclusive) {
  if (answer == null || answer === "na") return [];
  if (typeof answer === "string") return [answer];
  const { checked, na } = checklistParts(answer);
  const counted = checked.filter((id) => !na.includes(id));
  const only = counted.filter((id) => exclusive.includes(id));
  return only.length ? only : counted;
}

/** The ids of the questions asked, given `answers` (question id → answer) and `role` ("" for
 * none). A leaf holds when its question is itself asked and answered with one of its options;
 * a cycle of conditions holds nowhere. */
export function askedIds(rules, answers, role) {
  const decided = new Map();
  const deciding = new Set();
  const asked = (id) => {
    if (decided.has(id)) return decided.get(id);
    const rule = rules.get(id);
    if (!rule || deciding.has(id)) return false;
    deciding.add(id);
    const forRole = !role || rule.roles.every((roles) => roles.includes(role));
    const result = forRole && rule.when.every(holds);
    deciding.delete(id);
    decided.set(id, result);
    return result;
  };
  const holds = (condition) => {
    const { question, all, any } = condition;
    if (question) {
      if (!asked(question)) return false;
      const given = chosen(answers[question], rules.get(question).exclusive);
      if (!given.some((id) => condition.in.includes(id))) return false;
    }
    if (all && !all.every(holds)) return false;
    return !(any && any.length) || any.some(holds);
  };
  return new Set([...rules.keys()].filter(asked));
}
