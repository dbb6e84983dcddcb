// A resume link opened: the answers it carries (an answer code after "#resume=") are read by the
// engine, shown in words, and put in place of those saved in this browser only if the person says
// so. Declining changes nothing. Everything the link holds is drawn as text, never as markup.
import { RESUME } from "./codes.js";

/** The code in the page's fragment, or null when the page was not opened from a resume link. */
function linkedCode() {
  if (!location.hash.startsWith(RESUME)) return null;
  const raw = location.hash.slice(RESUME.length);
  try {
    return decodeURIComponent(raw);
  } catch (error) {
    return raw; // the engine says what is wrong with it
  }
}

/** The URL without its fragment: the answers do not stay in the address bar or the history. */
function dropFragment() {
  history.replaceState(history.state, "", location.pathname + location.search);
}

function button(text, primary) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = primary ? "md-button md-button--primary" : "md-button";
  element.textContent = text;
  return element;
}

/** Ask, in a modal dialog, whether to replace the saved answers: resolves true or false. */
function ask(page, ui, summary) {
  const dialog = document.createElement("dialog");
  dialog.className = "sa-resume-dialog";
  dialog.dataset.selfassessResume = "";
  dialog.setAttribute("aria-labelledby", "sa-resume-title");
  dialog.setAttribute("aria-describedby", "sa-resume-summary sa-resume-ask");
  const title = document.createElement("h2");
  title.id = "sa-resume-title";
  title.textContent = ui.resume_title;
  const held = document.createElement("p");
  held.id = "sa-resume-summary";
  held.textContent = summary;
  const question = document.createElement("p");
  question.id = "sa-resume-ask";
  question.textContent = ui.resume_ask;
  const replace = button(ui.resume_replace, true);
  replace.dataset.action = "resume-replace";
  const keep = button(ui.resume_keep, false);
  keep.dataset.action = "resume-keep";
  const actions = document.createElement("p");
  actions.append(replace, " ", keep);
  dialog.append(title, held, question, actions);
  page.append(dialog);
  const before = document.activeElement;
  return new Promise((resolve) => {
    let answer = false;
    replace.addEventListener("click", () => { answer = true; dialog.close(); });
    keep.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (before && before.isConnected && before !== document.body) before.focus();
      resolve(answer);
    });
    dialog.showModal(); // Escape closes it: the answers saved are kept
    keep.focus();
  });
}

/**
 * When the page was opened from a resume link: read it, ask, and `replace(response)` the saved
 * answers only if the person agrees. `say(text)` tells what happened.
 */
export async function resumeFromLink({ page, engine, ui, language, replace, say }) {
  const code = linkedCode();
  if (code === null) return;
  try {
    const result = await engine.resultOf("resume", { code, language });
    if (await ask(page, ui, result.summary)) {
      replace(result.response);
      say([ui.resume_replaced, ...result.warnings].join("\n"));
    } else {
      say(ui.resume_kept);
    }
  } catch (error) {
    say([ui.resume_invalid, String(error.message || error)].join("\n"));
  } finally {
    dropFragment();
  }
}
