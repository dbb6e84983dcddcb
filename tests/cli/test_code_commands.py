"""`selfassess code` and `decode`, and answer codes in `selfassess aggregate`: files and codes
mix in one report, a repeated code counts once, and every hostile code is listed with why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfassess.core.model import Bank, bank_from_json
from selfassess.load import load_bank
from tests.cli.conftest import REPO
from tests.core.test_aggregate import A, B, C, response_file

MARKUP = '<script>alert("note")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def files(tmp_path: Path, mini_bank: Bank) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    (folder / "ana.json").write_text(response_file(mini_bank, A, "direccion", "Ana"), "utf-8")
    (folder / "bo.json").write_text(response_file(mini_bank, B, "equipo", "Bo", "en"), "utf-8")
    (folder / "cy.json").write_text(
        response_file(mini_bank, C, MARKUP, "Cy", notes={"valores-uso": MARKUP}), "utf-8"
    )
    return folder


def code_of(cli, banks_dir: Path, path: Path, *options: str) -> str:
    run = cli("code", banks_dir / "mini.yml", path, *options)
    assert run.status == 0, run.err
    return run.out.strip()


def test_code_then_decode_gives_the_answers_back(cli, banks_dir: Path, files: Path,
                                                 tmp_path: Path) -> None:  # fmt: skip
    code = code_of(cli, banks_dir, files / "cy.json", "--notes")
    assert code.startswith("SA1-mini-") and "\n" not in code and "<" not in code
    mail = tmp_path / "cy.eml"
    mail.write_text(f"Subject: mi código\n\nHola,\n> {code[:30]}\n> {code[30:]}\nCy\n", "utf-8")
    run = cli("decode", banks_dir / "mini.yml", mail)
    assert run.status == 0, run.err
    [response] = json.loads(run.out)
    assert response["answers"] == {**dict.fromkeys(response["answers"]), **C}
    assert response["notes"] == {"valores-uso": MARKUP}  # plain text, as it was written
    assert response["respondent"] == {"name": "", "role": MARKUP}  # no name in a code
    plain = code_of(cli, banks_dir, files / "cy.json")
    assert len(plain) < len(code)
    mail.write_text(plain, "utf-8")
    assert json.loads(cli("decode", banks_dir / "mini.yml", mail).out)[0]["notes"] == {}


def test_aggregate_mixes_files_and_codes(cli, banks_dir: Path, files: Path,
                                         tmp_path: Path) -> None:  # fmt: skip
    bo = code_of(cli, banks_dir, files / "bo.json")
    cy = code_of(cli, banks_dir, files / "cy.json", "--notes")
    chat = tmp_path / "chat.txt"
    chat.write_text(f"[10:01] Bo: {bo}\n[10:02] Cy: {cy}\n[10:03] Bo: again {bo}\n", "utf-8")
    inbox = tmp_path / "inbox.mbox"
    inbox.write_text(f"From x\n\n> {cy}\n", "utf-8")
    run = cli("aggregate", banks_dir / "mini.yml", files / "ana.json", chat, inbox,
              "--format", "json")  # fmt: skip
    assert run.status == 0, run.err
    team = json.loads(run.out)
    assert team["respondents"] == 3  # Ana's file, Bo's and Cy's codes, each counted once
    assert team["rejected"] == []
    assert f"{chat}:3: the same code as {chat}:1; counted once" in run.err
    assert f"{inbox}:3: the same code as {chat}:2; counted once" in run.err
    from_files = cli("aggregate", banks_dir / "mini.yml", files, "--format", "json")
    assert json.loads(from_files.out)["overall"] == team["overall"]
    html = cli("aggregate", banks_dir / "mini.yml", files / "ana.json", chat, "--format", "html")
    assert "<script" not in html.out and "<img" not in html.out and "alert(" in html.out


def other_version(tmp_path: Path) -> Path:
    """mini.yml as version 2.0.0, with a question more: codes cannot map onto 1.0.0."""
    source = (REPO / "tests" / "banks" / "mini.yml").read_text("utf-8")
    extra = (
        "      - id: valores-nuevo\n        type: yesno\n"
        '        text: {es: "¿Nuevo?", en: "New?"}\n        action: {es: Hazlo., en: Do it.}\n'
    )
    marker = "  - id: clientes\n"
    changed = source.replace('version: "1.0.0"', 'version: "2.0.0"').replace(marker, extra + marker)
    path = tmp_path / "banks" / "mini.yml"
    path.parent.mkdir()
    path.write_text(changed, "utf-8")
    assert bank_from_json(load_bank(path)).version == "2.0.0"
    return path


def test_aggregate_lists_each_hostile_code_with_why(cli, banks_dir: Path, files: Path,
                                                    tmp_path: Path) -> None:  # fmt: skip
    good = code_of(cli, banks_dir, files / "ana.json")
    changed = good[:20] + ("x" if good[20] != "x" else "y") + good[21:]
    newer_bank = other_version(tmp_path)
    newer = tmp_path / "v2.json"
    newer.write_text(response_file(bank_from_json(load_bank(newer_bank)), {}), "utf-8")
    v2 = cli("code", newer_bank, newer).out.strip()
    assert v2.startswith("SA1-mini-")
    other_bank = cli("code", REPO / "tests" / "banks" / "solo-en.yml",
                     write_template(cli, tmp_path, "solo-en")).out.strip()  # fmt: skip
    lines = [
        f"cut: {good[:30]}",
        f"changed: {changed}",
        f"newer: {v2}",
        f"other bank: {other_bank}",
        f"huge: SA1-mini-{'A' * 200_000}.",
        f"future: SA7-mini-{good[9:]}",
        "script: SA1-mini-<script>alert(1)</script>.",
        f"good: {good}",
    ]
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("\n".join(lines), "utf-8")
    run = cli("aggregate", banks_dir / "mini.yml", pasted, "--format", "json")
    assert run.status == 0, run.err
    assert json.loads(run.out)["respondents"] == 1
    reasons = {r["file"]: r["reason"] for r in json.loads(run.out)["rejected"]}
    assert reasons == {
        f"{pasted}:1": "the code is cut short (its end is missing); copy it again whole",
        f"{pasted}:2": "the code is damaged: its checksum does not match (a character was "
                       "changed, added or lost); copy it again",
        f"{pasted}:3": "the code was made for version '2.0.0' of 'mini', whose questions differ "
                       "from those of version '1.0.0'; read it with that version of the bank",
        f"{pasted}:4": "the code answers the bank 'solo-en', not 'mini'",
        f"{pasted}:5": "the code is longer than 100000 characters, more than any answer code; "
                       "not read",
        f"{pasted}:6": "the code is of format SA7; this version of selfassess reads SA1 codes",
        f"{pasted}:7": "the code is cut short (its end is missing); copy it again whole",
    }  # fmt: skip
    assert f"{pasted}:3: not used: the code was made for version '2.0.0'" in run.err
    assert "Traceback" not in run.err
    spanish = cli("aggregate", banks_dir / "mini.yml", pasted, "--lang", "es")
    assert f"{pasted}:1: no usado: el código está cortado" in spanish.err


def write_template(cli, tmp_path: Path, bank: str) -> Path:
    path = tmp_path / f"{bank}.json"
    assert cli("template", REPO / "tests" / "banks" / f"{bank}.yml", "-o", path).status == 0
    return path


def test_texts_without_usable_codes(cli, banks_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_text("Subject: hola\n\nsin código\n", "utf-8")
    run = cli("decode", banks_dir / "mini.yml", empty, tmp_path / "missing.mbox")
    assert run.status == 2 and run.out == ""
    assert f"{empty}: not used: holds no answer code (SA1-…)" in run.err
    assert f"{tmp_path / 'missing.mbox'}: not used: no such file" in run.err
    assert "no answer code to 'mini' could be used" in run.err
    run = cli("aggregate", banks_dir / "mini.yml", empty)
    assert run.status == 2
    assert "the only file could not be used as answers to 'mini'" in run.err
