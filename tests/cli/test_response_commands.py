"""`selfassess template` and `selfassess score`: files written and parsed back; clean errors."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from selfassess.core.model import Bank
from selfassess.core.responses import read_response

# Mini (tests/banks/mini.yml), worked out by hand:
# valores (weight 2, target 80): escritos partial .5 (w1), uso "4" .75 (w2) → 100 × 2/3 = 66.7
# clientes (weight 1, target 75): escucha a-veces .5, canales web + telefono = 1.5/2.5 = .6,
#   satisfaccion "na" → 100 × 1.1/2 = 55.0
# overall (2 × 66.67 + 55) / 3 = 62.8: margen de mejora, stage involucrada (40–70)
# gaps: valores 80 − 66.7 = 13.3 (priority 26.6), then clientes 75 − 55 = 20 (priority 20)
ANSWERS = {
    "valores-escritos": "partial",
    "valores-uso": "4",
    "clientes-escucha": "a-veces",
    "clientes-canales": ["web", "telefono"],
    "clientes-satisfaccion": "na",
}


@pytest.fixture
def response_file(cli, banks_dir: Path, tmp_path: Path) -> Path:
    """A response to mini made with `selfassess template`, then answered."""
    path = tmp_path / "answers.json"
    assert cli("template", banks_dir / "mini.yml", "--lang", "en", "-o", path).status == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"].update(ANSWERS)
    data["respondent"] = {"name": "Ana <b>", "role": "direccion"}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_template_is_an_empty_response_file(cli, banks_dir: Path, mini_bank: Bank) -> None:
    run = cli("template", "mini", "--banks", banks_dir)
    assert run.status == 0
    data = json.loads(run.out)
    assert data["format"] == "selfassess/response@1"
    assert data["bank"] == {"id": "mini", "version": "1.0.0", "hash": mini_bank.hash}
    assert data["language"] == "es"
    assert data["answers"] == dict.fromkeys(q.id for _, q in mini_bank.questions())
    assert data["created"] == data["updated"]
    assert data["created"].endswith("+00:00")
    assert read_response(run.out, mini_bank, "template").warnings == ()


def test_score_json(cli, banks_dir: Path, response_file: Path) -> None:
    run = cli("score", banks_dir / "mini.yml", response_file, "--format", "json")
    assert (run.status, run.err) == (0, "")
    report = json.loads(run.out)
    assert report["language"] == "en"
    assert report["respondent"]["name"] == "Ana <b>"
    assert (report["overall"]["score"], report["overall"]["rating"]) == (62.8, "margen-de-mejora")
    assert report["stage"]["id"] == "involucrada"
    assert [(s["id"], s["score"], s["gap"]) for s in report["sections"]] == [
        ("valores", 66.7, 13.3), ("clientes", 55.0, 20.0)
    ]  # fmt: skip
    assert [(g["section"], g["priority"]) for g in report["gaps"]] == [
        ("valores", 26.6), ("clientes", 20.0)
    ]  # fmt: skip
    assert report["overall"]["completeness"] == 100.0


def test_score_with_targets(cli, banks_dir: Path, response_file: Path) -> None:
    run = cli("score", "mini", response_file, "--banks", banks_dir, "--format", "json",
              "--target", "valores=60", "--target", "clientes=95")  # fmt: skip
    report = json.loads(run.out)
    assert [(s["id"], s["target"], s["gap"]) for s in report["sections"]] == [
        ("valores", 60.0, 0.0), ("clientes", 95.0, 40.0)
    ]  # fmt: skip
    assert [g["section"] for g in report["gaps"]] == ["clientes"]


def test_score_every_format_to_a_file(cli, banks_dir: Path, response_file: Path,
                                      mini_bank: Bank, tmp_path: Path) -> None:  # fmt: skip
    outputs = {}
    for fmt in ("md", "csv", "json", "html"):
        path = tmp_path / f"report.{fmt}"
        run = cli("score", banks_dir / "mini.yml", response_file, "--format", fmt, "-o", path)
        assert (run.status, run.out, run.err) == (0, "", "")
        outputs[fmt] = path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "answers.json", "report.csv", "report.html", "report.json", "report.md"
    ]  # fmt: skip

    assert outputs["md"].startswith("# ")
    assert "62.8" in outputs["md"]

    rows = list(csv.reader(io.StringIO(outputs["csv"], newline="")))
    assert len(rows) == 1 + sum(1 for _ in mini_bank.questions())
    assert len({len(row) for row in rows}) == 1
    assert [row[1] for row in rows[1:]] == list(ANSWERS)

    assert json.loads(outputs["json"])["overall"]["score"] == 62.8

    tags = _tags(outputs["html"])
    assert tags[0] == "html"
    assert "script" not in tags and "svg" in tags
    assert "Ana &lt;b&gt;" in outputs["html"]


def _tags(html: str) -> list[str]:
    """Every start tag, in order, of a document that html.parser reads through."""

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.seen.append(tag)

    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser.seen


def test_warnings_go_to_stderr(cli, banks_dir: Path, response_file: Path) -> None:
    data = json.loads(response_file.read_text(encoding="utf-8"))
    data["answers"]["valores-uso"] = "7"
    data["answers"]["old-question"] = "yes"
    response_file.write_text(json.dumps(data), encoding="utf-8")
    run = cli("score", banks_dir / "mini.yml", response_file, "--format", "json")
    assert run.status == 0
    assert run.err.splitlines() == [
        f"{response_file}: answers.valores-uso: option '7' is not one of 1, 2, 3, 4, 5",
        f"{response_file}: answers.old-question: no such question in 'mini' version '1.0.0'; "
        "dropped",
    ]
    assert json.loads(run.out)["sections"][0]["score"] == 50.0  # only escritos (.5) is left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--target", "valores"],
         "selfassess score: error: argument --target: 'valores' is not SECTION=N with N from 0 to "
         "100, e.g. valores=80"),
        (["--target", "valores=101"],
         "selfassess score: error: argument --target: 'valores=101' is not SECTION=N with N from "
         "0 to 100, e.g. valores=80"),
        (["--target", "ventas=50"],
         "selfassess: error: --target ventas=…: bank 'mini' has no section 'ventas'; its "
         "sections are valores, clientes"),
        (["--format", "pdf"],
         "selfassess score: error: argument --format: invalid choice: 'pdf' (choose from 'md', "
         "'csv', 'json', 'html')"),
    ],
)  # fmt: skip
def test_score_argument_errors(cli, banks_dir: Path, response_file: Path, args, message) -> None:
    run = cli("score", banks_dir / "mini.yml", response_file, *args)
    assert run.status == 2
    assert run.err.splitlines()[-1] == message


def test_score_refuses_unusable_files(cli, banks_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"format": "selfassess/response@1", "bank": {"id": "solo-en"}}')
    out = tmp_path / "report.md"
    run = cli("score", banks_dir / "mini.yml", other, "-o", out)
    assert (run.status, run.out) == (2, "")
    assert run.err == (
        f"{other}: bank.id: the file answers bank 'solo-en', not 'mini'; score it with that bank\n"
    )
    assert not out.exists()

    missing = cli("score", banks_dir / "mini.yml", tmp_path / "none.json")
    assert missing.status == 2
    assert missing.err == f"selfassess: error: {tmp_path}/none.json: no such file\n"
    folder = cli("score", banks_dir / "mini.yml", tmp_path)
    assert folder.err == f"selfassess: error: {tmp_path}: is a folder; give the path of a file\n"


def test_output_into_a_missing_folder(cli, banks_dir: Path, tmp_path: Path) -> None:
    run = cli("template", banks_dir / "mini.yml", "-o", tmp_path / "no" / "t.json")
    assert run.status == 2
    assert run.err == (
        f"selfassess: error: {tmp_path}/no/t.json: the folder {tmp_path}/no does not exist; "
        "create it first\n"
    )


def test_console_script_end_to_end(console, tmp_path: Path) -> None:
    template = console("template", "tests/banks/solo-en.yml")
    assert template.status == 0
    data = json.loads(template.out)
    data["answers"].update({"basics-plan": "yes", "basics-review": "3", "basics-owner": "a-team"})
    answers = tmp_path / "solo.json"
    answers.write_text(json.dumps(data), encoding="utf-8")

    report = console("score", "solo-en", answers, "--banks", "tests/banks", "--format", "json")
    assert report.status == 0
    # (1 + .5 + .5) / 3 = 66.7: room for improvement, gap 75 − 66.7 = 8.3
    assert json.loads(report.out)["sections"][0]["score"] == 66.7
    assert json.loads(report.out)["sections"][0]["gap"] == 8.3

    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"format": \n oops}')
    failed = console("score", "tests/banks/solo-en.yml", broken)
    assert failed.status == 2
    assert failed.err == f"{broken}:2:2: not valid JSON: Expecting value\n"
    assert "Traceback" not in failed.err
