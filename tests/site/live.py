"""A real `selfassess serve` process on a test site, for the live-reload test and the bench."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

from tests.site.sites import SELFASSESS

MINI_TITLE = "es: Mini auditoría"
"""The line of tests/banks/mini.yml that holds the Spanish title, which the edits change."""


def _interruptible() -> None:
    """Ctrl+C reaches serve even when this runs in a background job, whose shell ignores SIGINT
    (a child inherits the ignoring, and Python then installs no KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class ServeProcess:
    """`selfassess serve -f CONFIG -a 127.0.0.1:0`, its output collected as it comes."""

    def __init__(self, config: Path, timeout: float = 300) -> None:
        self.process = subprocess.Popen(
            [str(SELFASSESS), "serve", "-f", str(config), "-a", "127.0.0.1:0"],
            cwd=config.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"},
            preexec_fn=_interruptible,
        )  # fmt: skip
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        served = self.wait_for_output(r"on (http://127\.0\.0\.1:\d+/)", timeout)
        self.url = served.group(1)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for_output(self, pattern: str, timeout: float = 60) -> re.Match[str]:
        """The first match of `pattern` in the output, waiting for it up to `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, self.output())
            if found:
                return found
            if self.process.poll() is not None and not self._reader.is_alive():
                break
            time.sleep(0.1)
        raise AssertionError(f"no {pattern!r} in the output of serve:\n{self.output()}")

    def stop(self) -> int:
        """Ctrl+C, as a person stops it; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=30)
        finally:
            self._reader.join(timeout=5)


def replace_in(file: Path, old: str, new: str) -> None:
    """An author's edit: `old` (which must be there) becomes `new`, saved in place."""
    text = file.read_text("utf-8")
    assert old in text, f"{old!r} not in {file}"
    file.write_text(text.replace(old, new, 1), "utf-8")
