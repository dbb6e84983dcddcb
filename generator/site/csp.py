"""The Content-Security-Policy every page carries: scripts only from the site itself."""

from __future__ import annotations

from urllib.parse import urlsplit


def content_security_policy(pyodide_base: str | None = None) -> str:
    """The policy; a Pyodide base URL on another origin is admitted for scripts and fetches."""
    extra = ""
    if pyodide_base:
        parts = urlsplit(pyodide_base)
        if parts.scheme in ("http", "https") and parts.netloc:
            extra = f" {parts.scheme}://{parts.netloc}"
    return (
        "default-src 'self'; "
        f"script-src 'self' 'wasm-unsafe-eval'{extra}; "
        f"worker-src 'self'{extra}; "
        f"connect-src 'self'{extra}; "
        "style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; "
        "font-src 'self'; "
        "object-src 'none'; "
        "base-uri 'self'; "
        "form-action 'self'"
    )
