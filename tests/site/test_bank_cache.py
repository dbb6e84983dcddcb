"""Valid banks kept between builds: the same bank as loading gives, never a stale or a wrong one."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from selfassess.load import BankInvalid, load_bank
from selfassess.site.bank_cache import FOLDER, load_bank_cached
from tests.site.sites import REPO, build, write_site_config

MINI = REPO / "tests" / "banks" / "mini.yml"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    path = tmp_path / "banks" / "mini.yml"
    path.parent.mkdir()
    shutil.copy(MINI, path)
    return path


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.json")) if cache.is_dir() else []


def test_a_kept_bank_is_the_loaded_bank_and_is_read_from_the_cache(bank: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = load_bank_cached(bank, cache)
    assert first == load_bank(bank)
    [entry] = entries(cache)
    assert json.loads(entry.read_text("utf-8"))["bank"] == first
    # What the second load returns comes from the entry (marked here), not from the YAML.
    kept = json.loads(entry.read_text("utf-8"))
    kept["bank"]["minutes"] = 999
    entry.write_text(json.dumps(kept), "utf-8")
    assert load_bank_cached(bank, cache)["minutes"] == 999


def test_an_edited_bank_is_loaded_again(bank: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_bank_cached(bank, cache)
    bank.write_text(bank.read_text("utf-8").replace("minutes: 3", "minutes: 4"), "utf-8")
    assert load_bank_cached(bank, cache)["minutes"] == 4
    assert len(entries(cache)) == 1  # one entry per bank file, replaced


def test_a_bank_with_problems_is_never_kept(bank: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    good = bank.read_text("utf-8")
    bank.write_text(good.replace("weight: 2\n", "weight: -2\n", 1), "utf-8")
    for _ in range(2):  # the second time too, the messages come from the loader
        with pytest.raises(BankInvalid) as error:
            load_bank_cached(bank, cache)
        assert any("weight" in str(p) for p in error.value.problems)
    assert entries(cache) == []
    bank.write_text(good, "utf-8")
    assert load_bank_cached(bank, cache) == load_bank(bank)


def test_a_damaged_or_unwritable_cache_only_means_loading(bank: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    load_bank_cached(bank, cache)
    [entry] = entries(cache)
    entry.write_text('{"key": "cut sh', "utf-8")
    assert load_bank_cached(bank, cache) == load_bank(bank)
    assert json.loads(entry.read_text("utf-8"))["bank"] == load_bank(bank)  # written again
    blocked = tmp_path / "a-file"
    blocked.write_text("", "utf-8")
    assert load_bank_cached(bank, blocked / "cache") == load_bank(bank)
    if os.geteuid() != 0:  # root writes anywhere
        readonly = tmp_path / "readonly"
        readonly.mkdir(mode=0o555)
        assert load_bank_cached(bank, readonly) == load_bank(bank)


def test_a_site_built_from_the_cache_is_the_site_built_without_it(tmp_path: Path):
    banks = tmp_path / "banks"
    banks.mkdir()
    shutil.copy(MINI, banks / "mini.yml")
    config = write_site_config(tmp_path, banks)
    assert build(config, tmp_path / "first").returncode == 0
    assert len(entries(tmp_path / FOLDER)) == 1
    assert build(config, tmp_path / "second").returncode == 0
    first = sorted(p.relative_to(tmp_path / "first") for p in (tmp_path / "first").rglob("*"))
    assert first == sorted(
        p.relative_to(tmp_path / "second") for p in (tmp_path / "second").rglob("*")
    )
    for path in first:
        if (tmp_path / "first" / path).is_file():
            assert (tmp_path / "first" / path).read_bytes() == (
                tmp_path / "second" / path
            ).read_bytes(), path
