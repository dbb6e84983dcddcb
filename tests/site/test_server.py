"""The local server: a path outside its prefix is a 404; browsers are told to ask again
each time; a client dropping a connection mid-response prints no traceback; a real error
still does."""

from __future__ import annotations

import socket
import struct
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from selfassess.site.server import SiteRequestHandler, make_server, serve_in_background


def _serve(folder: Path):
    server = make_server(folder, port=0, quiet=True)
    serve_in_background(server)
    return server


def test_a_path_outside_the_prefix_is_a_404(tmp_path: Path, capsys: pytest.CaptureFixture):
    (tmp_path / "index.html").write_text("<p>site</p>", encoding="utf-8")
    server = make_server(tmp_path, port=0, prefix="/project/", quiet=True)
    serve_in_background(server)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with urllib.request.urlopen(f"{base}/project/index.html") as inside:
            assert inside.read() == b"<p>site</p>"
        for outside in ("/favicon.ico", "/index.html", "/projectx/index.html"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(base + outside)
            assert refused.value.code == 404, outside
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capsys.readouterr().err


def _reset_mid_response(port: int) -> None:
    """Ask for a big file, read a little, then reset the connection (SO_LINGER 0): a closed tab."""
    client = socket.create_connection(("127.0.0.1", port))
    client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    client.sendall(b"GET /big.bin HTTP/1.0\r\nHost: x\r\n\r\n")
    client.recv(1024)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()


def test_browsers_ask_again_each_time_and_an_unchanged_file_is_a_304(tmp_path: Path):
    page = tmp_path / "index.html"
    page.write_text("<p>site</p>", encoding="utf-8")
    server = _serve(tmp_path)
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    try:
        with urllib.request.urlopen(url) as first:
            assert first.headers["Cache-Control"] == "no-cache"
            modified = first.headers["Last-Modified"]
        again = urllib.request.Request(url, headers={"If-Modified-Since": modified})
        with pytest.raises(urllib.error.HTTPError) as unchanged:
            urllib.request.urlopen(again)
        assert unchanged.value.code == 304
        assert unchanged.value.headers["Cache-Control"] == "no-cache"
    finally:
        server.shutdown()
        server.server_close()


def test_a_dropped_connection_prints_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture):
    (tmp_path / "big.bin").write_bytes(b"x" * 64_000_000)
    server = _serve(tmp_path)
    try:
        _reset_mid_response(server.server_address[1])
        time.sleep(1.0)  # the handler thread meets the reset while writing
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capsys.readouterr().err


def test_other_errors_still_print(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
):
    def broken(self: SiteRequestHandler) -> None:
        raise ValueError("a real bug")

    monkeypatch.setattr(SiteRequestHandler, "do_GET", broken)
    server = _serve(tmp_path)
    try:
        with socket.create_connection(("127.0.0.1", server.server_address[1])) as client:
            client.sendall(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n")
            client.recv(1024)
    finally:
        server.shutdown()
        server.server_close()
    assert "ValueError: a real bug" in capsys.readouterr().err
