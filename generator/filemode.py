"""Files written whole, then renamed into view, with the permissions a plain open() would give.

A reader beside the writer (another build, a person opening a report) never sees half a file.
The private temporary place tempfile makes is not what a report, a cache or a site should keep,
so each gets the mode a plain open() or mkdir() would have given it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def default_mode(base: int) -> int:
    """`base` (0o666 for a file, 0o777 for a folder) less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return base & ~mask


def replace_atomically(path: Path, content: bytes) -> None:
    """`path` holds `content`, or (on OSError, raised) is left as it was."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, default_mode(0o666))
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
