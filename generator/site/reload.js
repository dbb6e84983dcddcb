// Served by `selfassess serve` only, never part of a built site: reloads the page when the site
// was rebuilt after an edit, and shows the messages of an edit that did not build. It asks the
// server (same origin, so the site's Content-Security-Policy allows it) twice a second.
(() => {
  const script = document.currentScript;
  const served = Number(script.dataset.build);
  const version = new URL("version", script.src);
  const INTERVAL = 500;
  let banner = null;

  function show(errors) {
    if (!errors.length) {
      if (banner) banner.hidden = true;
      return;
    }
    if (!banner) {
      banner = document.createElement("div");
      banner.id = "selfassess-serve-errors";
      banner.setAttribute("role", "alert");
      Object.assign(banner.style, {
        position: "fixed", left: "0", right: "0", bottom: "0", zIndex: "10000",
        maxHeight: "40vh", overflow: "auto", margin: "0", padding: "0.8em 1em",
        background: "#7a0b0b", color: "#fff", font: "0.8rem/1.4 monospace", whiteSpace: "pre-wrap",
      });
      document.body.append(banner);
    }
    banner.textContent = "The last edit did not build; this page is the last good site.\n\n"
      + errors.join("\n");
    banner.hidden = false;
  }

  async function poll() {
    try {
      const response = await fetch(version, { cache: "no-store" });
      const state = await response.json();
      if (state.build !== served) {
        location.reload();
        return;
      }
      show(state.errors);
    } catch {
      // The server is stopped or busy: ask again.
    }
    setTimeout(poll, INTERVAL);
  }

  poll();
})();
