"""`selfassess serve`: the site served while it is edited, reloading itself after each rebuild.

Pages are served with one more script tag, `__selfassess__/reload.js` from the same origin (so
the site's Content-Security-Policy, `script-src 'self'`, admits it); the built files never hold
it. The script asks `__selfassess__/version` for the build number and the messages of a failed
rebuild. The site's offline service worker is replaced by one that caches nothing, so a reload
always shows the newest build.
"""

from __future__ import annotations

import html
import io
import json
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path

from selfassess.site.offline import SERVICE_WORKER
from selfassess.site.server import SiteRequestHandler, SiteServer, make_server, serve_in_background
from selfassess.site.watch import LiveSite, SiteWatcher

LIVE_PATH = "__selfassess__/"
_HERE = Path(__file__).parent
_FILES = {
    f"{LIVE_PATH}reload.js": _HERE / "reload.js",
    SERVICE_WORKER: _HERE / "serve_worker.js",
}


class LiveRequestHandler(SiteRequestHandler):
    """Serves the current build of `live`, its version, the reload script and the inert worker."""

    def __init__(self, *args, live: LiveSite, **kwargs):
        self.live = live
        kwargs["directory"] = str(live.folder)  # this request reads the build current now
        super().__init__(*args, **kwargs)

    def send_head(self):
        if not self.path.startswith(self.prefix):
            return super().send_head()
        relative = self.path[len(self.prefix) :].split("?", 1)[0].split("#", 1)[0]
        if relative == f"{LIVE_PATH}version":
            return self._send(json.dumps(self.live.state()).encode(), "application/json")
        if relative in _FILES:
            return self._send(_FILES[relative].read_bytes(), "text/javascript")
        page = self.translate_path(self.path)
        if os.path.isdir(page) and self.path.split("?", 1)[0].endswith("/"):
            page = os.path.join(page, "index.html")
        if page.endswith(".html") and os.path.isfile(page):
            with open(page, "rb") as file:
                return self._send(self._with_reload_script(file.read()), "text/html; charset=utf-8")
        return super().send_head()

    def log_message(self, format: str, *args: object) -> None:
        """The page's polls of the version, twice a second, would bury every other line."""
        if f"/{LIVE_PATH}version" not in self.path:
            super().log_message(format, *args)

    def _with_reload_script(self, page: bytes) -> bytes:
        source = html.escape(f"{self.prefix}{LIVE_PATH}reload.js")
        tag = f'<script src="{source}" data-build="{self.live.build}" defer></script>'.encode()
        end = page.rfind(b"</body>")
        return page[:end] + tag + page[end:] if end >= 0 else page + tag

    def _send(self, body: bytes, content_type: str) -> io.BytesIO:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def make_live_server(watcher: SiteWatcher, host: str, port: int, prefix: str = "/") -> SiteServer:
    return make_server(
        watcher.site.folder, host, port, prefix, handler=LiveRequestHandler, live=watcher.site
    )


def serve_live(config_file: Path, host: str, port: int, engine: str = "mkdocs") -> None:
    """Build, serve on host:port and rebuild on every change until Ctrl+C.

    SiteBuildFailed when the first build fails (there is no good site to serve yet), OSError
    when the address cannot be served.
    """
    root = Path(tempfile.mkdtemp(prefix="selfassess-serve-"))
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())  # stopped by a service manager
    try:
        watcher = SiteWatcher(config_file, root, engine)
        server = make_live_server(watcher, host, port)
        serve_in_background(server)
        print(
            f"Serving {config_file} on http://{host}:{server.server_address[1]}/; pages reload "
            "when you save a bank, a page or the config (Ctrl+C to stop)",
            flush=True,
        )
        try:
            watcher.run(stop)
        except KeyboardInterrupt:
            print()
        finally:
            server.shutdown()
            server.server_close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
