"""Finding bank files and resolving a bank named by path or id."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfassess.load import BankInvalid, BankNotFound, find_bank_files, resolve_bank

BANKS = Path(__file__).resolve().parents[1] / "banks"


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    (tmp_path / "b-second.yaml").write_text("id: segundo\n", encoding="utf-8")
    (tmp_path / "a-first.yml").write_text((BANKS / "mini.yml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a bank", encoding="utf-8")
    (tmp_path / "schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "broken.yml").write_text("id: [unclosed\n", encoding="utf-8")
    return tmp_path


def test_folders_expand_to_their_yaml_files_sorted(bank_dir: Path) -> None:
    found = find_bank_files([bank_dir])
    assert [p.name for p in found] == ["a-first.yml", "b-second.yaml", "broken.yml"]


def test_files_are_kept_as_given_and_in_order(bank_dir: Path) -> None:
    given = [bank_dir / "broken.yml", bank_dir / "notes.md"]
    assert find_bank_files(given) == given


def test_a_missing_path_is_a_clear_error(bank_dir: Path) -> None:
    with pytest.raises(BankNotFound) as caught:
        find_bank_files([bank_dir, bank_dir / "missing.yml"])
    assert str(caught.value).endswith("missing.yml: no such file or folder")
    assert isinstance(caught.value, BankInvalid)


def test_a_path_resolves_to_itself(bank_dir: Path) -> None:
    path = bank_dir / "notes.md"
    assert resolve_bank(str(path), Path("elsewhere")) == path


def test_an_id_resolves_by_file_stem(bank_dir: Path) -> None:
    assert resolve_bank("b-second", bank_dir) == bank_dir / "b-second.yaml"


def test_an_id_resolves_by_the_id_inside_the_file(bank_dir: Path) -> None:
    assert resolve_bank("mini", bank_dir) == bank_dir / "a-first.yml"
    assert resolve_bank("segundo", bank_dir) == bank_dir / "b-second.yaml"


def test_an_unknown_id_lists_the_ids_available(bank_dir: Path) -> None:
    with pytest.raises(BankNotFound) as caught:
        resolve_bank("nope", bank_dir)
    message = str(caught.value)
    assert message.startswith("nope: no bank file and no bank with this id in ")
    assert message.endswith("(banks there: broken, mini, segundo)")


def test_a_missing_file_path_is_not_taken_for_an_id(bank_dir: Path) -> None:
    with pytest.raises(BankNotFound) as caught:
        resolve_bank("other/mini.yml", bank_dir)
    assert str(caught.value) == "other/mini.yml: no such file"
