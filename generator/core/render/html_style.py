"""The CSS inlined into the downloaded HTML report: plain on screen, A4 on paper.

Only the `sa-` classes of the report body are styled, so the site can use the same body
markup with its own CSS. No web fonts: the report must open offline, anywhere.
"""

from __future__ import annotations

REPORT_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body {
  margin: 0; background: #fff; color: #1d1d1d;
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.sa-report { max-width: 190mm; margin: 0 auto; padding: 10mm 8mm; }
.sa-report-header { border-bottom: 3px solid var(--sa-primary); padding-bottom: .6rem; }
.sa-brand { margin: 0; font-weight: 600; color: var(--sa-primary);
  display: flex; align-items: center; gap: .5em; }
.sa-brand-logo { max-height: 2.5em; max-width: 10em; }
.sa-report-title { margin: .2rem 0; font-size: 1.6rem; }
.sa-bank { margin: 0; }
.sa-bank-version { color: #5a5a5a; }
.sa-report h2 {
  font-size: 1.2rem; color: var(--sa-primary); margin: 1.4rem 0 .5rem;
  break-after: avoid; page-break-after: avoid;
}
.sa-report h3 {
  font-size: 1rem; margin: .9rem 0 .3rem;
  break-after: avoid; page-break-after: avoid;
}
.sa-facts {
  display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
  gap: .5rem 1rem; margin: .8rem 0;
}
.sa-fact dt { font-size: .8rem; color: #5a5a5a; }
.sa-fact dd { margin: 0; font-weight: 600; }
.sa-completeness-detail { display: block; font-weight: normal; font-size: .85rem; color: #5a5a5a; }
.sa-score-value { font-size: 1.5rem; color: var(--sa-primary); }
.sa-chart { margin: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
.sa-chart svg { display: block; max-width: 100%; height: auto; }
.sa-chart figcaption { font-size: .85rem; color: #5a5a5a; margin-bottom: .3rem; }
.sa-table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95em; }
.sa-table caption { text-align: left; font-size: .85rem; color: #5a5a5a; padding-bottom: .3rem; }
.sa-table th, .sa-table td {
  border: 1px solid #cfcfcf; padding: .35rem .5rem; text-align: left; vertical-align: top;
}
.sa-table thead th { background: #f1f3f5; }
.sa-table thead { display: table-header-group; }
.sa-table tr { break-inside: avoid; page-break-inside: avoid; }
.sa-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sa-table .sa-num { text-align: right; }
.sa-blank { width: 18%; height: 2.4em; }
.sa-gap { break-inside: avoid; page-break-inside: avoid; }
.sa-gap-summary { font-weight: normal; color: #5a5a5a; }
.sa-actions { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
.sa-action { margin-bottom: .3rem; }
.sa-action-question { font-weight: 600; }
.sa-action-text { display: block; }
.sa-question-id { font-size: .85em; color: #5a5a5a; }
.sa-note-question { font-weight: 600; }
.sa-note-text { white-space: pre-wrap; }
.sa-report-footer {
  border-top: 1px solid #cfcfcf; margin-top: 2rem; padding-top: .5rem;
  font-size: .85rem; color: #5a5a5a;
}
.sa-report-footer p { margin: .2rem 0; }
.sa-flag { color: #a3361a; font-weight: 600; }
.sa-disagreement-list li, .sa-moves li { margin-bottom: .2rem; }
.sa-team-rule, .sa-compare-tolerance, .sa-compare-versions { font-size: .9rem; color: #3d3d3d; }
.sa-rejected .sa-file { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.sa-team-roles-count { width: auto; min-width: 40%; }
.sa-warning-list { font-size: .85rem; color: #5a5a5a; }
.sa-note-author { font-style: italic; color: #5a5a5a; }
.sa-status[data-status="improved"] { color: #2f6f3a; font-weight: 600; }
.sa-status[data-status="worse"] { color: #a3361a; font-weight: 600; }
.sa-team-questions h3 { margin-top: 1.2rem; }
.sa-team-report .sa-table { font-size: .82em; }
.sa-team-report .sa-table th, .sa-team-report .sa-table td { padding: .25rem .35rem; }
@media print {
  body { font-size: 10pt; }
  .sa-report { max-width: none; padding: 0; }
  .sa-plan { break-before: page; page-break-before: always; }
}
"""
