"""What `selfassess serve` adds to a site, and only there: the reload script in served pages, the
version, an inert service worker; a built site holds none of it."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from mkdocs.theme import Theme

from selfassess.site.live_server import LIVE_PATH, LiveRequestHandler
from selfassess.site.server import make_server, serve_in_background
from selfassess.site.watch import CompiledTemplates, LiveSite, scan, templates_from

PAGE = b"<html><head></head><body><h1>Site</h1></body></html>"


def _get(url: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(url) as response:
        return response.read(), response.headers["Content-Type"]


def test_a_built_site_holds_no_reload_script(mini_site: Path):
    for file in mini_site.rglob("*"):
        if file.is_file() and file.suffix in (".html", ".js", ".mjs", ".json"):
            assert LIVE_PATH.encode() not in file.read_bytes(), file
            assert b"reload.js" not in file.read_bytes(), file


def test_served_pages_carry_the_script_and_the_files_stay_as_built(tmp_path: Path):
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_bytes(PAGE)
    (tmp_path / "app.js").write_bytes(b"console.log('</body>');")
    (tmp_path / "sw.js").write_bytes(b"// the site's offline worker")
    live = LiveSite(tmp_path, build=7, errors=["bank.yml:3:1: id: missing"])
    server = make_server(tmp_path, port=0, prefix="/sub/", quiet=True, handler=LiveRequestHandler,
                         live=live)  # fmt: skip
    serve_in_background(server)
    base = f"http://127.0.0.1:{server.server_address[1]}/sub/"
    try:
        page, kind = _get(base + "guide/")
        script = b'<script src="/sub/__selfassess__/reload.js" data-build="7" defer></script>'
        assert page == PAGE.replace(b"</body>", script + b"</body>")
        assert kind == "text/html; charset=utf-8"
        assert _get(base + "app.js")[0] == b"console.log('</body>');"
        reload_script, kind = _get(base + "__selfassess__/reload.js")
        assert b"location.reload()" in reload_script and kind == "text/javascript"
        version, kind = _get(base + "__selfassess__/version")
        assert json.loads(version) == {"build": 7, "errors": ["bank.yml:3:1: id: missing"]}
        assert kind == "application/json"
        worker, _ = _get(base + "sw.js")
        assert b"the site's offline worker" not in worker and b"skipWaiting" in worker
    finally:
        server.shutdown()
        server.server_close()
    assert (tmp_path / "guide" / "index.html").read_bytes() == PAGE


def test_a_save_changes_the_scan_and_hidden_folders_are_not_watched(tmp_path: Path):
    bank = tmp_path / "banks" / "a.yml"
    bank.parent.mkdir()
    bank.write_text("id: a\n", "utf-8")
    (tmp_path / "banks" / ".cache").mkdir()
    before = scan([tmp_path / "banks"])
    (tmp_path / "banks" / ".cache" / "kept.json").write_text("{}", "utf-8")
    assert scan([tmp_path / "banks"]) == before
    bank.write_text("id: ab\n", "utf-8")
    assert scan([tmp_path / "banks"]) != before


def test_compiled_templates_serve_the_next_environment_and_an_edit_compiles_again(tmp_path: Path):
    (tmp_path / "page.html").write_text("<p>{{ 1 + 1 }}</p>", "utf-8")
    theme = Theme(name="mkdocs", custom_dir=str(tmp_path))
    cache = CompiledTemplates()
    with templates_from(cache):
        assert theme.get_env().get_template("page.html").render() == "<p>2</p>"
        assert len(cache.kept) == 1
        (tmp_path / "page.html").write_text("<p>{{ 2 + 2 }}</p>", "utf-8")
        assert theme.get_env().get_template("page.html").render() == "<p>4</p>"
    assert theme.get_env().bytecode_cache is None
