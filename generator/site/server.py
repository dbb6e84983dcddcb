"""A small static server for a built site: correct MIME types, no injected scripts.

`mkdocs serve` injects an inline livereload script that the site's CSP blocks, so the
site is served as built. A `prefix` serves it under a sub-path, as a project site would be.
Every response says `Cache-Control: no-cache`: a browser asks again each time (an unchanged
file is a short 304), so a site rebuilt and served again shows at once, never a copy the
browser judged fresh from its age.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path
from typing import ClassVar

MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
}


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` at `prefix`; everything outside the prefix is a 404."""

    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **MIME_TYPES,
    }

    def __init__(self, *args, directory: str, prefix: str = "/", quiet: bool = False, **kwargs):
        self.prefix = prefix
        self.quiet = quiet
        super().__init__(*args, directory=directory, **kwargs)

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404, "Outside the site's prefix")
            return None
        return super().send_head()

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, format: str, *args: object) -> None:
        if not self.quiet:
            super().log_message(format, *args)


class SiteServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that drops a connection mid-response (a page left, a browser closed) did
        nothing wrong: no traceback for that, which would bury real errors in the output."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def make_server(
    directory: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    prefix: str = "/",
    quiet: bool = False,
    handler: type[SiteRequestHandler] = SiteRequestHandler,
    **handler_options: object,
) -> SiteServer:
    """A threaded server for `directory` (port 0 picks a free port: see `server_address`);
    `handler`, a subclass, can watch the requests (the tests do) or serve more (`serve` does),
    with `handler_options` as its own keyword arguments."""
    if not prefix.endswith("/"):
        prefix += "/"
    serve = functools.partial(
        handler, directory=str(directory), prefix=prefix, quiet=quiet, **handler_options
    )
    return SiteServer((host, port), serve)


def serve_in_background(server: http.server.ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
