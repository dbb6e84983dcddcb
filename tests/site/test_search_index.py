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
