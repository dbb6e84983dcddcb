"""The permissions a new file or folder would get from the umask, for what tempfile made private.

Written files are made in a private temporary place, then renamed into view; a report or a
site is not private, so each gets the mode a plain open() or mkdir() would have given it.
"""

from __future__ import annotations

import os


def default_mode(base: int) -> int:
    """`base` (0o666 for a file, 0o777 for a folder) less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return base & ~mask
