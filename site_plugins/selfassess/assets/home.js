// The home page's list of banks: the visitor's progress on each, from this browser's storage.
// A bank with conditions or audiences counts only the questions asked, as its assessment page and
// its report do: the build writes its rules (selfassess.site.asking_rules) for conditions.js.
import { askedIds } from "./conditions.js";
import { answeredCount, load, storageKey } from "./storage.js";
import { uiText } from "./texts.js";

const ui = JSON.parse(document.getElementById("selfassess-ui").textContent);
const asking = JSON.parse(document.getElementById("selfassess-asking").textContent);

/** Answered and total over the questions `saved` is asked (all of them, for a bank without rules). */
function progress(item, saved) {
  const rules = asking[item.dataset.bankId];
  if (!rules) return { answered: answeredCount(saved), total: Number(item.dataset.total) };
  const answers = saved.answers || {};
  const role = (saved.respondent && saved.respondent.role) || "";
  const asked = [...askedIds(new Map(Object.entries(rules)), answers, role)];
  return { answered: asked.filter((id) => answers[id] != null).length, total: asked.length };
}

for (const item of document.querySelectorAll("[data-selfassess-banks] [data-bank-id]")) {
  const saved = load(storageKey(item.dataset.bankId, item.dataset.bankVersion));
  const { answered, total } = saved ? progress(item, saved) : { answered: 0, total: 0 };
  if (answered > 0) {
    item.querySelector("[data-bank-progress]").textContent = uiText(ui, "answered_of", { answered, total });
  }
}
