"""Model 2 in every kind of report, beyond test_render_model2: what the charts' axes are
called, the team's plan with its phase and not-asked counts, the single report's CSV plan."""

from __future__ import annotations

import json
import re

import pytest

from selfassess.core.aggregate import TeamReport, aggregate, read_files
from selfassess.core.compare import compare, snapshot_from_report
from selfassess.core.render import render_comparison, render_report, render_team_report
from selfassess.core.responses import response_to_json
from tests.core.strategies import answered
from tests.core.test_render import sample_bank, sample_report
from tests.core.test_render_model2 import BANK, MANAGEMENT, STAFF, _report


def _team(language: str = "en") -> TeamReport:
    files = [
        (f"{name}.json",
         json.dumps(response_to_json(answered(BANK, answers, language, respondent_role=role))))
        for name, answers, role in (("ana", MANAGEMENT, "direccion"), ("bo", STAFF, "equipo"))
    ]  # fmt: skip
    return aggregate(BANK, *read_files(BANK, files), language)


def _chart_table_header(html: str) -> list[str]:
    table = html.split('<details class="sa-chart-data">', 1)[1].split("</details>", 1)[0]
    return re.findall(r'<th scope="col">([^<]*)</th>', table)


@pytest.mark.parametrize(("language", "group"), [("en", "Group"), ("es", "Grupo")])
def test_the_charts_table_heads_its_axes_group_when_the_axes_are_groups(
    language: str, group: str
) -> None:
    staff = _report(STAFF, "equipo", language)
    management = _report(MANAGEMENT, "direccion", language)
    comparison = compare(BANK, snapshot_from_report(staff), snapshot_from_report(management),
                         language)  # fmt: skip
    for html in (
        render_report(staff, BANK, "html"),
        render_team_report(_team(language), BANK, "html"),
        render_comparison(comparison, BANK, "html"),
    ):
        assert _chart_table_header(html)[0] == group
    # Without groups the axes are sections, as before.
    plain = render_report(sample_report(language), sample_bank(), "html")
    assert _chart_table_header(plain)[0] == {"en": "Section", "es": "Sección"}[language]
