// The privacy page's control: erase every answer and preference the site keeps, once confirmed.
import { eraseAll } from "./storage.js";
import { uiText } from "./texts.js";

const ui = JSON.parse(document.getElementById("selfassess-ui").textContent);
const control = document.querySelector("[data-selfassess-erase]");
const status = control.querySelector("[data-selfassess-erased]");

control.querySelector('[data-action="erase-all"]').addEventListener("click", () => {
  if (!window.confirm(ui.confirm_erase)) return;
  const count = eraseAll(window.__md_scope ? window.__md_scope.pathname : "/");
  status.textContent = uiText(ui, "erased", { count });
});
