"""The core as a pure-Python wheel, for Pyodide's `loadPackage(url)` in the browser.

Written with zipfile rather than a build backend: fast, offline, and reproducible —
fixed timestamps, modes and order, so two builds give identical bytes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from pathlib import Path

DIST_NAME = "selfassess_core"
IMPORT_NAME = "selfassess"
WHEEL_VERSION = "0.1.0"
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_PACKAGE_ROOT = Path(__file__).resolve().parent


def wheel_filename() -> str:
    return f"{DIST_NAME}-{WHEEL_VERSION}-py3-none-any.whl"


def core_sources() -> list[tuple[str, bytes]]:
    """(archive path, content) of `selfassess/__init__.py` and every module of `selfassess/core/`.

    The checkout keeps the package in `generator/`; the wheel names it by its import name."""
    files = [_PACKAGE_ROOT / "__init__.py"]
    files += [p for p in (_PACKAGE_ROOT / "core").rglob("*.py") if "__pycache__" not in p.parts]
    return _archived(files)


def core_data() -> list[tuple[str, bytes]]:
    """(archive path, content) of the core's data files (text catalogues, templates, CSS),
    which the core reads beside its modules in Pyodide as in CPython."""
    files = [
        p for p in (_PACKAGE_ROOT / "core").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]  # fmt: skip
    return _archived(files)


def _archived(files: list[Path]) -> list[tuple[str, bytes]]:
    return sorted(
        (f"{IMPORT_NAME}/{p.relative_to(_PACKAGE_ROOT).as_posix()}", p.read_bytes()) for p in files
    )


def module_name(path: str) -> str:
    """`generator/core/render/__init__.py` -> `selfassess.core.render`."""
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def _record_line(path: str, content: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(content)}"


def _metadata() -> list[tuple[str, bytes]]:
    info = f"{DIST_NAME}-{WHEEL_VERSION}.dist-info"
    metadata = (
        "Metadata-Version: 2.1\n"
        f"Name: {DIST_NAME}\n"
        f"Version: {WHEEL_VERSION}\n"
        "Summary: The selfassess scoring core (standard library only).\n"
        "Requires-Python: >=3.11\n"
    )
    wheel = (
        "Wheel-Version: 1.0\n"
        "Generator: selfassess\n"
        "Root-Is-Purelib: true\n"
        "Tag: py3-none-any\n"
    )
    return [(f"{info}/METADATA", metadata.encode()), (f"{info}/WHEEL", wheel.encode())]


def build_core_wheel(bytecode: dict[str, bytes] | None = None) -> bytes:
    """The wheel's bytes, with `bytecode` (archive path to .pyc) beside the sources.

    Identical for identical inputs.
    """
    entries = sorted(core_sources() + core_data() + list((bytecode or {}).items())) + _metadata()
    record_path = f"{DIST_NAME}-{WHEEL_VERSION}.dist-info/RECORD"
    record = "\n".join([*(_record_line(p, c) for p, c in entries), f"{record_path},,"]) + "\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, content in [*entries, (record_path, record.encode())]:
            info = zipfile.ZipInfo(path, date_time=_ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()
