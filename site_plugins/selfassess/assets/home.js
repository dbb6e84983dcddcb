// The home page's list of banks: the visitor's progress on each, from this browser's storage.
import { answeredCount, load, storageKey } from "./storage.js";
import { uiText } from "./texts.js";

const ui = JSON.parse(document.getElementById("selfassess-ui").textContent);

for (const item of document.querySelectorAll("[data-selfassess-banks] [data-bank-id]")) {
  const total = Number(item.dataset.total);
  const saved = load(storageKey(item.dataset.bankId, item.dataset.bankVersion));
  const answered = saved ? answeredCount(saved) : 0;
  const label = item.querySelector("[data-bank-progress]");
  if (answered > 0) {
    label.textContent = uiText(ui, "answered_of", { answered, total });
  }
}
