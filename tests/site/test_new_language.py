"""Adding a language is adding a catalogue: a copy of selfassess with a French catalogue (the
English one, every text marked) builds a French site and writes French reports, no code edited."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.site.sites import REPO, write_site_config

MARK = "⟦fr⟧ "
BANK = """\
id: solo-fr
version: "0.1"
languages: [fr]
title: Audit seul
sections:
  - id: bases
    title: Bases
    questions:
      - id: bases-plan
        type: yesno
        text: Y a-t-il un plan écrit ?
        action: Écrire le plan.
      - id: bases-revue
        type: scale
        text: Le plan est-il revu ?
        action: Revoir le plan chaque trimestre.
"""


def _marked(entry: Any) -> Any:
    if isinstance(entry, str):
        return MARK + entry
    return {form: MARK + text for form, text in entry.items()}


@pytest.fixture(scope="module")
def french_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package tree copied as installed (selfassess, selfassess.mkdocs_plugin), plus fr.json."""
    root = tmp_path_factory.mktemp("copy")
    package = root / "selfassess"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "generator", package, ignore=ignore)
    shutil.copytree(REPO / "site_plugins" / "selfassess", package / "mkdocs_plugin", ignore=ignore)
    (root / "node_modules").symlink_to(REPO / "node_modules")  # the runtime beside the install
    locales = package / "core" / "locales"
    english = json.loads((locales / "en.json").read_text("utf-8"))
    english["texts"] = {key: _marked(entry) for key, entry in english["texts"].items()}
    (locales / "fr.json").write_text(json.dumps(english, ensure_ascii=False), "utf-8")
    return root


def _selfassess(copy: Path, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The selfassess command with the copy first on the path."""
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
           "PYTHONPATH": str(copy)}  # fmt: skip
    command = [REPO / ".venv" / "bin" / "selfassess", *args]
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env)  # fmt: skip


def test_a_french_catalogue_gives_a_french_site_and_french_reports(
    french_copy: Path, tmp_path: Path
) -> None:
    banks = tmp_path / "questionbank"
    banks.mkdir()
    (banks / "solo-fr.yml").write_text(BANK, "utf-8")
    config = write_site_config(tmp_path, banks, language="fr")
    built = _selfassess(french_copy, "build", "-f", config, "-d", tmp_path / "site", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "site" / "assess" / "solo-fr" / "index.html").read_text("utf-8")
    assert f"{MARK}Show results" in page  # a page text
    assert f'"computing": "{MARK}Computing…"' in page  # a text the page's scripts read
    calculators = tmp_path / "site" / "calculators" / "index.html"
    assert f"{MARK}Calculators" in calculators.read_text("utf-8")

    answers = tmp_path / "answers.json"
    made = _selfassess(french_copy, "template", banks / "solo-fr.yml", "-o", answers, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert json.loads(answers.read_text("utf-8"))["language"] == "fr"
    report = _selfassess(french_copy, "score", banks / "solo-fr.yml", answers, "--format", "md",
                         cwd=tmp_path)  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert f"{MARK}Self-assessment report" in report.stdout
    assert f"{MARK}Unanswered questions" in report.stdout

