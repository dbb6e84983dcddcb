"""The banks a site publishes: found, loaded and validated before anything is built."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from selfassess.load import BankInvalid, find_bank_files, load_bank
from selfassess.site.bank_cache import load_bank_cached


class SiteBanksInvalid(Exception):
    """The site cannot be built from these banks; the message lists every problem."""


def load_site_banks(
    banks_dir: Path, ids: Sequence[str] = (), cache: Path | None = None
) -> list[dict[str, Any]]:
    """Every valid bank of `banks_dir` (bank JSON form), or those named by `ids` in that order.

    All problems of all files are collected before failing, each as FILE:LINE:COL. With a
    `cache` folder, valid banks are kept there for the next build (see `bank_cache`).
    """
    if not banks_dir.is_dir():
        raise SiteBanksInvalid(f"{banks_dir}: the banks folder does not exist (option banks_dir)")
    problems: list[str] = []
    banks: dict[str, dict[str, Any]] = {}
    for path in find_bank_files([banks_dir]):
        try:
            bank = load_bank_cached(path, cache) if cache else load_bank(path)
        except BankInvalid as error:
            problems.extend(str(p) for p in error.problems)
            continue
        if bank["id"] in banks:
            problems.append(f"{path}: id '{bank['id']}' is used by another bank of {banks_dir}")
            continue
        banks[bank["id"]] = bank
    if problems:
        raise SiteBanksInvalid("\n".join(problems))
    if not ids:
        return [banks[key] for key in sorted(banks)]
    unknown = [i for i in ids if i not in banks]
    if unknown:
        available = ", ".join(sorted(banks)) or "none"
        raise SiteBanksInvalid(
            f"option banks: no bank with id {', '.join(unknown)} in {banks_dir} "
            f"(available: {available})"
        )
    return [banks[i] for i in ids]
