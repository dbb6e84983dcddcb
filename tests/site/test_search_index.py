"""The search index holds each assessment once: not its blank questionnaire, nor the tool pages."""

from __future__ import annotations

import json
from pathlib import Path


def test_assessments_are_searched_once(default_site: Path) -> None:
    index = json.loads((default_site / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    banks = sorted(p.name for p in (default_site / "assess").iterdir() if p.is_dir())
    assert len(banks) >= 5
    assert {page for page in pages if page.startswith("assess/")} == {
        f"assess/{bank}/" for bank in banks
    }
    for bank in banks:
        for kind in ("print", "team", "compare"):
            assert (default_site / "assess" / bank / kind / "index.html").is_file()
    assert any(page.startswith("guias/") for page in pages)


def test_an_assessment_is_searched_by_its_words_and_leads_to_its_sections(
    default_site: Path,
) -> None:
    index = json.loads((default_site / "search" / "search_index.json").read_text("utf-8"))
    bank = json.loads(
        (default_site / "assets/selfassess/banks/bloques-cx.json").read_text("utf-8")
    )
    docs = index["docs"]
    entries = {d["location"]: d for d in docs if d["location"].startswith("assess/bloques-cx/")}
    page = (default_site / "assess" / "bloques-cx" / "index.html").read_text("utf-8")
    for section in bank["sections"]:
        entry = entries[f"assess/bloques-cx/#section-{section['id']}"]
        assert entry["title"] == section["title"]["es"]
        for question in section["questions"]:
            assert question["text"]["es"] in entry["text"]
        # The hit's anchor is the form's section, and the form is on the page.
        assert f'id="section-{section["id"]}"' in page
        assert f'name="{section["questions"][0]["id"]}"' in page
    text = " ".join(entry["text"] for entry in entries.values())
    labels = {  # the answer labels of every question, but none short enough to be quoted in help
        option["label"]["es"] for section in bank["sections"] for question in section["questions"]
        for option in question.get("options", ()) if len(option["label"]["es"]) > 30
    }  # fmt: skip
    assert labels and not [label for label in labels if label in text]
    assert 'type="radio"' not in text
