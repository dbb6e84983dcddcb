// The answer code and the resume link of the assessment page. The engine (Python) makes the code
// and the email that carries it; this module shows them as text and hands them to the clipboard or
// to the respondent's own mail client (a mailto: link). Nothing is sent from here.

/** The page's URL for a resume link: the answers go in the fragment, never sent to a server. */
export const RESUME = "#resume=";

/** Write `text` to the clipboard; whether the browser let the page do it. */
async function copied(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    return false;
  }
}

/**
 * Wire the answer-code panel of `page`: `response()` gives the answers now (and saves them);
 * `say(text)` reports an error where the page reports its others.
 */
export function answerCodes({ page, engine, ui, language, response, say }) {
  const panel = page.querySelector("[data-selfassess-code-panel]");
  const codeView = panel.querySelector("[data-selfassess-code]");
  const withNotes = panel.querySelector("[data-code-notes]");
  const copy = panel.querySelector('[data-action="copy-code"]');
  const email = panel.querySelector('[data-action="email-code"]');
  const resume = panel.querySelector("[data-selfassess-resume]");
  const link = panel.querySelector("[data-selfassess-resume-link]");
  const status = panel.querySelector("[data-selfassess-code-status]");
  let shown = false;
  let ticket = 0;
  let refresh = 0;

  async function codeOf(notes) {
    return engine.resultOf("code", { response: JSON.stringify(response()), withNotes: notes, language });
  }

  async function showCode() {
    const mine = ++ticket;
    try {
      const result = await codeOf(withNotes.checked);
      if (mine !== ticket) return;
      codeView.textContent = result.code;
      codeView.parentElement.hidden = false;
      email.href = result.mailto;
      copy.hidden = false;
      email.hidden = false;
      shown = true;
    } catch (error) {
      say(String(error.message || error));
    }
  }

  async function showLink() {
    try {
      const { code } = await codeOf(true);
      link.value = location.href.split("#")[0] + RESUME + code;
      resume.hidden = false;
      link.focus();
      link.select();
      status.textContent = (await copied(link.value)) ? ui.link_copied : ui.copy_failed;
    } catch (error) {
      say(String(error.message || error));
    }
  }

  panel.querySelector('[data-action="get-code"]').addEventListener("click", showCode);
  panel.querySelector('[data-action="resume-link"]').addEventListener("click", showLink);
  copy.addEventListener("click", async () => {
    if (await copied(codeView.textContent)) {
      status.textContent = ui.code_copied;
    } else {
      window.getSelection().selectAllChildren(codeView);
      status.textContent = ui.copy_failed;
    }
  });
  withNotes.addEventListener("change", () => { if (shown) showCode(); });
  // A code shown follows the answers: remade a moment after they change, and the link goes.
  const form = page.querySelector("form[data-selfassess-bank]");
  const changed = () => {
    resume.hidden = true;
    link.value = "";
    if (!shown) return;
    window.clearTimeout(refresh);
    refresh = window.setTimeout(showCode, 300);
  };
  form.addEventListener("change", changed);
  form.addEventListener("input", changed);
}
