"""The built site in real Chromium: a local threaded server, and a page that watches for trouble.

The system Chromium is used when present; otherwise Playwright's own browser. When neither
exists, launching fails and so do the tests: they never skip.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Request

from selfassess.site.server import make_server, serve_in_background
from tests.site import branded
from tests.site.sites import REPO, build_mini, built

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
SUB_PATH = "/selfassess/"
ENGINE_TIMEOUT = 180_000
"""Milliseconds to wait for Pyodide: starting it is slow on small CI machines."""

VIOLATION_PROBE = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
});
"""


def system_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def chromium_launch_args() -> dict:
    """How the tests and the bench launch Chromium: the system's, when there is one."""
    executable = system_chromium()
    return {"args": CHROMIUM_ARGS, **({"executable_path": executable} if executable else {})}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, **chromium_launch_args()}


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini(tmp_path_factory.mktemp("browser-mini"))


@pytest.fixture(scope="session")
def default_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(REPO / "mkdocs.yml", tmp_path_factory.mktemp("browser-default") / "site")


@pytest.fixture(scope="session")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A consultant's new English site: `selfassess new`, the brand edited, an own bank."""
    config = branded.scaffold_branded_site(tmp_path_factory.mktemp("browser-brand") / "client")
    return built(config, config.parent / "site")


def _serve(site: Path, prefix: str) -> Iterator[str]:
    server = make_server(site, port=0, prefix=prefix, quiet=True)
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session", params=["/", SUB_PATH], ids=["root", "sub-path"])
def mini_url(request: pytest.FixtureRequest, mini_site: Path) -> Iterator[str]:
    """The test-bank site, served at the root and under a sub-path."""
    yield from _serve(mini_site, request.param)


@pytest.fixture(scope="session")
def mini_sub_url(mini_site: Path) -> Iterator[str]:
    """The test-bank site under a sub-path only (a GitHub Pages project site)."""
    yield from _serve(mini_site, SUB_PATH)


@pytest.fixture(scope="session")
def default_url(default_site: Path) -> Iterator[str]:
    yield from _serve(default_site, SUB_PATH)


@pytest.fixture(scope="session")
def branded_url(branded_site: Path) -> Iterator[str]:
    yield from _serve(branded_site, SUB_PATH)


@dataclass
class Watch:
    """What a page did that it must not: foreign requests, CSP violations, errors."""

    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)
    """Substrings of console errors a test provokes on purpose."""

    def request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob"):
            return
        if parts.scheme != "http" or parts.hostname != "127.0.0.1":
            self.foreign.append(request.url)

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not any(a in message.text for a in self.allowed):
            self.errors.append(message.text)


@pytest.fixture
def watch(page: Page) -> Iterator[Watch]:
    """Records every request and console error of `page`; the test fails on any of them.

    Every site the tests serve is on 127.0.0.1, so any other host is another origin.
    """
    watcher = Watch()
    page.add_init_script(VIOLATION_PROBE)
    page.on("request", watcher.request)
    page.on("console", watcher.console)
    page.on("pageerror", lambda error: watcher.errors.append(f"page error: {error}"))
    yield watcher
    assert watcher.foreign == [], "requests to another origin"
    assert watcher.errors == [], "console errors or CSP violations"
