"""Comparison with a baseline: last year's answers (or team report) against this year's.

Either side is a neutral Snapshot — overall, section and question scores on the 0–100
scale — made from a response file (scored with `score`), a single report's JSON, or a
team report's JSON. Deltas are taken on matching ids; ids on one side only are listed,
never dropped, and differences between the bank versions are stated.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from selfassess.core.describe import quote_value
from selfassess.core.file_reader import FileReader
from selfassess.core.model import Bank, canonical_sha256
from selfassess.core.responses import (
    MAX_WARNINGS,
    RESPONSE_FORMAT,
    ResponseInvalid,
    parse_untrusted,
    read_response,
)
from selfassess.core.results import Report
from selfassess.core.scoring import score
from selfassess.core.strings import FALLBACK_LANGUAGE, text

UNCHANGED_TOLERANCE = 2.0
"""Points (0–100) within which a score counts as unchanged.

One answer moving one step of a five-point scale moves a ten-question section by 2.5
points; a difference below 2 is less than that, and also covers the rounding of stored
reports to one decimal. Anything smaller is noise, not progress or decline.
"""

TOP_MOVES = 3
"""How many of the largest rises and falls the summary names."""

REPORT_FORMAT = "selfassess/report@1"
TEAM_REPORT_FORMAT = "selfassess/team-report@1"

Kind = Literal["response", "report", "team"]
Status = Literal["improved", "unchanged", "worse", "missing"]


class SnapshotInvalid(ResponseInvalid):
    """A baseline or current file that cannot be compared; `problems` name file and field."""


@dataclass(frozen=True)
class Snapshot:
    kind: Kind
    bank_id: str
    bank_version: str
    bank_hash: str
    name: str
    """The respondent's name (response or report), "" for a team."""
    respondents: int
    date: str
    overall: float | None
    sections: Mapping[str, float | None]
    """Section id → score, in the order of the file."""
    questions: Mapping[str, float | None]
    """Question id → score (value × 100), for every question the file's bank version had."""
    fingerprints: Mapping[str, str]
    """Question id → fingerprint of its content, when the file records them (team reports)."""
    groups: Mapping[str, float | None] = field(default_factory=dict)
    """Group id → score, when the bank (or the file) has groups."""
    streams: Mapping[str, float | None] = field(default_factory=dict)
    """"section/stream" → score, when the bank (or the file) has streams."""


def stream_key(section: str, stream: str) -> str:
    """How a stream is named in comparisons: stream ids are only unique within a section."""
    return f"{section}/{stream}"


@dataclass(frozen=True)
class Delta:
    id: str
    baseline: float | None
    current: float | None
    delta: float | None
    status: Status


@dataclass(frozen=True)
class Comparison:
    bank_id: str
    bank_version: str
    bank_hash: str
    language: str
    baseline: Snapshot
    current: Snapshot
    overall: Delta
    sections: tuple[Delta, ...]
    """The current bank's sections in order, then sections only the baseline has."""
    questions: tuple[Delta, ...]
    """Questions on both sides, in the current bank's order."""
    sections_added: tuple[str, ...]
    sections_removed: tuple[str, ...]
    questions_added: tuple[str, ...]
    """In the current bank (or file), not in the baseline."""
    questions_removed: tuple[str, ...]
    """In the baseline, not in the current bank (or file): they have no delta."""
    questions_changed: tuple[str, ...]
    """Same id on both sides, different wording or options (known when both record it)."""
    versions_differ: bool
    tolerance: float = UNCHANGED_TOLERANCE
    groups: tuple[Delta, ...] = ()
    """Groups on both sides, in the current bank's order."""
    streams: tuple[Delta, ...] = ()
    """Streams ("section/stream") on both sides, in the current bank's order."""
    groups_added: tuple[str, ...] = ()
    groups_removed: tuple[str, ...] = ()
    streams_added: tuple[str, ...] = ()
    streams_removed: tuple[str, ...] = ()


def question_fingerprint(bank: Bank, question_id: str) -> str:
    """A short hash of what a question asks and how it is scored, to tell changed questions."""
    question = bank.question(question_id)
    if question is None:
        return ""
    content = {
        "type": question.type,
        "text": dict(sorted(question.text.items())),
        "weight": question.weight,
        "options": [[o.id, o.value, dict(sorted(o.label.items()))] for o in question.options],
    }
    return canonical_sha256(content)[:16]


def snapshot_from_report(report: Report, date: str = "") -> Snapshot:
    return Snapshot(
        kind="response",
        bank_id=report.bank_id,
        bank_version=report.bank_version,
        bank_hash=report.bank_hash,
        name=report.respondent_name,
        respondents=1,
        date=date,
        overall=report.score,
        sections={s.id: s.score for s in report.sections},
        questions={q.id: q.score for q in report.questions},
        fingerprints={},
        groups={g.id: g.score for g in report.groups},
        streams={stream_key(t.section, t.id): t.score for s in report.sections for t in s.streams},
    )


def read_snapshot(
    data: str | bytes, bank: Bank, source: str, language: str = FALLBACK_LANGUAGE
) -> tuple[Snapshot, list[str]]:
    """A snapshot of a response file, a report JSON or a team report JSON to `bank`, and the
    warnings met reading it, in `language`; raise SnapshotInvalid when the file cannot be used."""
    try:
        document = parse_untrusted(data, source, language)
    except ResponseInvalid as error:
        raise SnapshotInvalid(error.problems) from None
    kind = document.get("format") if isinstance(document, dict) else None
    if kind in (REPORT_FORMAT, TEAM_REPORT_FORMAT):
        return _ReportReader(bank, source, language).read(document)
    if kind is not None and kind != RESPONSE_FORMAT:
        raise SnapshotInvalid([
            text(language, "snapshot_format", source=source, value=quote_value(kind),
                 response=RESPONSE_FORMAT, report=REPORT_FORMAT, team=TEAM_REPORT_FORMAT)
        ])  # fmt: skip
    try:
        reading = read_response(data, bank, source, language)
    except ResponseInvalid as error:
        raise SnapshotInvalid(error.problems) from None
    response = reading.response
    report = score(bank, replace(response, targets={}))
    snapshot = replace(
        snapshot_from_report(report, response.updated or response.created),
        bank_version=response.bank_version,
        bank_hash=response.bank_hash,
    )
    # The file's own question ids: those the current bank no longer has were dropped by
    # read_response, and must show as removed rather than vanish.
    if (response.bank_version, response.bank_hash) == (bank.version, bank.hash):
        # Answers to this very version: its questions are the bank's, as worded now.
        fingerprints = {q.id: question_fingerprint(bank, q.id) for _, q in bank.questions()}
        return replace(snapshot, fingerprints=fingerprints), list(reading.warnings)
    answers = document.get("answers") if isinstance(document, dict) else None
    own_ids = [qid for qid in answers if isinstance(qid, str)] if isinstance(answers, dict) else []
    questions = {qid: snapshot.questions.get(qid) for qid in own_ids} or dict(snapshot.questions)
    return replace(snapshot, questions=questions), list(reading.warnings)


class _ReportReader(FileReader):
    """Reads a report or team report JSON: what cannot be compared refuses the file; ids the
    bank does not know are kept (they show as no longer there) and listed as warnings."""

    def __init__(self, bank: Bank, source: str, language: str) -> None:
        super().__init__(bank, source, language)
        self.warnings: list[str] = []

    def invalid(self, field: str, key: str, **values: object) -> SnapshotInvalid:
        return SnapshotInvalid([self.located(field, key, **values)])

    def warn(self, field: str, key: str, **values: object) -> None:
        self.warnings.append(self.located(field, key, **values))

    def number(self, value: Any, field: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.invalid(field, "snapshot_number", kind=self.kind(value))
        if not math.isfinite(value):
            raise self.invalid(field, "snapshot_number", kind=self.kind(value))
        if not 0 <= value <= 100:
            raise self.invalid(field, "snapshot_range", value=value)
        return float(value)

    def string(self, value: Any, field: str, required: bool = False) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value):
            raise self.invalid(field, "snapshot_string", kind=self.kind(value))
        return value[:200]

    def scores(
        self, items: Any, field: str, key: str, known: Mapping[str, object], scale: float = 1
    ) -> dict[str, float | None]:
        """{id: score} of a list of objects with an id and a score under `key`; ids not in
        `known` (the bank's) and repeated ids are listed as warnings."""
        if not isinstance(items, list):
            raise self.invalid(field, "snapshot_list", kind=self.kind(items))
        result: dict[str, float | None] = {}
        first: dict[str, str] = {}
        for index, item in enumerate(items):
            where = f"{field}[{index}]"
            if not isinstance(item, dict):
                raise self.invalid(where, "snapshot_object", kind=self.kind(item))
            item_id = self.string(item.get("id"), f"{where}.id", required=True)
            value = item.get(key)
            if scale != 1 and isinstance(value, int | float) and not isinstance(value, bool):
                value = value * scale
            number = self.number(value, f"{where}.{key}")
            if item_id in first:
                self.warn(f"{where}.id", "snapshot_duplicate", value=quote_value(item_id),
                          first=first[item_id])  # fmt: skip
                continue
            first[item_id] = where
            if item_id not in known:
                unknown = "snapshot_no_question" if field == "questions" else "snapshot_no_section"
                self.warn(f"{where}.id", unknown, value=quote_value(item_id), bank=self.bank.id,
                          version=self.bank.version)  # fmt: skip
            result[item_id] = number
        return result

    def capped_warnings(self) -> list[str]:
        if len(self.warnings) <= MAX_WARNINGS:
            return self.warnings
        hidden = len(self.warnings) - MAX_WARNINGS
        more = text(self.language, "file_more_warnings", source=self.source, count=hidden)
        return [*self.warnings[:MAX_WARNINGS], more]

    def read(self, document: dict[str, Any]) -> tuple[Snapshot, list[str]]:
        bank = self.bank
        team = document["format"] == TEAM_REPORT_FORMAT
        bank_ref = document.get("bank")
        if not isinstance(bank_ref, dict):
            raise self.invalid("bank", "snapshot_bank_missing")
        bank_id = self.string(bank_ref.get("id"), "bank.id", required=True)
        if bank_id != bank.id:
            raise self.invalid("bank.id", "snapshot_bank_other", value=quote_value(bank_id),
                               bank=bank.id)  # fmt: skip
        overall = document.get("overall")
        if not isinstance(overall, dict):
            raise self.invalid("overall", "snapshot_object", kind=self.kind(overall))
        questions = document.get("questions", [])
        fingerprints = {}
        if team and isinstance(questions, list):
            fingerprints = {
                q["id"]: q["fingerprint"]
                for q in questions
                if isinstance(q, dict) and isinstance(q.get("id"), str)
                and isinstance(q.get("fingerprint"), str)
            }  # fmt: skip
        respondents = document.get("respondents", 1) if team else 1
        if isinstance(respondents, bool) or not isinstance(respondents, int) or respondents < 0:
            raise self.invalid("respondents", "snapshot_count", kind=self.kind(respondents))
        person = document.get("respondent") if not team else None
        snapshot = Snapshot(
            kind="team" if team else "report",
            bank_id=bank_id,
            bank_version=self.string(bank_ref.get("version"), "bank.version"),
            bank_hash=self.string(bank_ref.get("hash"), "bank.hash"),
            name=self.string(person.get("name"), "respondent.name")
            if isinstance(person, dict) else "",
            respondents=respondents,
            date=self.string(document.get("date"), "date"),
            overall=self.number(overall.get("mean" if team else "score"), "overall"),
            sections=self.scores(document.get("sections"), "sections",
                                 "mean" if team else "score", {s.id: s for s in bank.sections}),
            questions=self.scores(questions, "questions", "mean" if team else "value",
                                  bank.questions_by_id, 1 if team else 100),
            fingerprints=fingerprints,
            groups=self.optional_scores(document, "groups", team, _group_ids(bank)),
            streams=self.optional_scores(document, "streams", team, _stream_ids(bank)),
        )  # fmt: skip
        return snapshot, self.capped_warnings()

    def optional_scores(
        self, document: Mapping[str, Any], field: str, team: bool, known: Mapping[str, object]
    ) -> dict[str, float | None]:
        """{id: score} of a list the file may hold (groups, streams: [{id, score or mean}])."""
        if field not in document:
            return {}
        return self.scores(document[field], field, "mean" if team else "score", known)


def _group_ids(bank: Bank) -> dict[str, object]:
    return {g.id: g for g in bank.groups}


def _stream_ids(bank: Bank) -> dict[str, object]:
    return {stream_key(s.id, t.id): t for s in bank.sections for t in s.streams}


def _deltas(
    bank_ids: Sequence[str],
    baseline: Mapping[str, float | None],
    current: Mapping[str, float | None],
    tolerance: float,
) -> tuple[tuple[Delta, ...], tuple[str, ...], tuple[str, ...]]:
    """Deltas on the ids both sides have (bank order, then file order), the ids only the
    current side has (added) and those only the baseline has (removed)."""
    ids = _ordered(bank_ids, current, baseline)
    deltas = tuple(
        _delta(i, baseline.get(i), current.get(i), tolerance)
        for i in ids
        if i in baseline and i in current
    )
    added = tuple(i for i in ids if i not in baseline)
    removed = tuple(i for i in ids if i not in current)
    return deltas, added, removed


def _delta(item_id: str, baseline: float | None, current: float | None, tolerance: float) -> Delta:
    if baseline is None or current is None:
        return Delta(item_id, baseline, current, None, "missing")
    # Decided on the numbers a reader sees (one decimal), so the words match the table.
    change = round(round(current, 1) - round(baseline, 1), 1)
    status: Status = (
        "unchanged" if abs(change) < tolerance else "improved" if change > 0 else "worse"
    )
    return Delta(item_id, baseline, current, change, status)


def compare(
    bank: Bank,
    baseline: Snapshot,
    current: Snapshot,
    language: str | None = None,
    tolerance: float = UNCHANGED_TOLERANCE,
) -> Comparison:
    """Deltas of `current` against `baseline`, both about `bank` (its current version)."""
    for side in (baseline, current):
        if side.bank_id != bank.id:
            raise ValueError(f"a snapshot of bank {side.bank_id!r} compared with {bank.id!r}")
    sections, sections_added, sections_removed = _deltas(
        [s.id for s in bank.sections], baseline.sections, current.sections, tolerance
    )
    groups, groups_added, groups_removed = _deltas(
        list(_group_ids(bank)), baseline.groups, current.groups, tolerance
    )
    streams, streams_added, streams_removed = _deltas(
        list(_stream_ids(bank)), baseline.streams, current.streams, tolerance
    )
    bank_questions = [q.id for _, q in bank.questions()]
    questions, questions_added, questions_removed = _deltas(
        bank_questions, baseline.questions, current.questions, tolerance
    )
    question_ids = _ordered(bank_questions, current.questions, baseline.questions)
    changed = tuple(
        qid
        for qid in question_ids
        if qid in baseline.fingerprints and qid in current.fingerprints
        and baseline.fingerprints[qid] != current.fingerprints[qid]
    )  # fmt: skip
    return Comparison(
        bank_id=bank.id,
        bank_version=bank.version,
        bank_hash=bank.hash,
        language=language if language in bank.languages else bank.languages[0],
        baseline=baseline,
        current=current,
        overall=_delta("overall", baseline.overall, current.overall, tolerance),
        sections=sections,
        questions=questions,
        sections_added=sections_added,
        sections_removed=sections_removed,
        questions_added=questions_added,
        questions_removed=questions_removed,
        questions_changed=changed,
        versions_differ=(baseline.bank_version, baseline.bank_hash)
        != (current.bank_version, current.bank_hash),
        tolerance=tolerance,
        groups=groups,
        streams=streams,
        groups_added=groups_added,
        groups_removed=groups_removed,
        streams_added=streams_added,
        streams_removed=streams_removed,
    )


def _ordered(bank_ids: Sequence[str], *sides: Mapping[str, Any]) -> list[str]:
    """The bank's ids present on either side, in bank order, then the others in file order."""
    present = {i for side in sides for i in side}
    ordered = [i for i in bank_ids if i in present]
    seen = set(ordered)
    for side in sides:
        for i in side:
            if i not in seen:
                ordered.append(i)
                seen.add(i)
    return ordered


def moves(deltas: Sequence[Delta], status: Status, limit: int = TOP_MOVES) -> tuple[Delta, ...]:
    """The largest rises (improved) or falls (worse), largest first, ties by id."""
    chosen = [d for d in deltas if d.status == status and d.delta is not None]
    chosen.sort(key=lambda d: (-abs(d.delta or 0), d.id))
    return tuple(chosen[:limit])
