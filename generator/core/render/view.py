"""A Report joined with its Bank in one language: what every report format shows.

The Report holds ids and unrounded numbers; readers need titles, labels and actions in
their language and numbers rounded once. Doing that here keeps the formats in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from selfassess.core.brand import Brand
from selfassess.core.model import NOT_APPLICABLE, Band, Bank, Question, localize
from selfassess.core.results import Answer, Gap, QuestionResult, Report
from selfassess.core.strings import round_score, text


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    score: float | None
    rating: str | None
    rating_label: str
    target: float
    gap: float | None
    weight: float
    answered: int
    unknown: int
    total: int


@dataclass(frozen=True)
class ActionView:
    question: str
    text: str
    action: str


@dataclass(frozen=True)
class GapView:
    section: str
    title: str
    gap: float
    priority: float
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class QuestionView:
    id: str
    section: str
    section_title: str
    text: str
    answer: Answer
    answer_label: str
    value: float | None
    note: str
    action: str
    """The question's action when its answer falls short of the target, else ""."""


@dataclass(frozen=True)
class ReportView:
    language: str
    bank_id: str
    bank_version: str
    bank_hash: str
    bank_title: str
    respondent_name: str
    respondent_role: str
    """As in the response file: usually one of the bank's role ids."""
    respondent_role_label: str
    score: float | None
    rating: str | None
    rating_label: str
    stage: str | None
    stage_label: str
    completeness: float
    answered: int
    unknown: int
    total: int
    sections: tuple[SectionView, ...]
    gaps: tuple[GapView, ...]
    questions: tuple[QuestionView, ...]
    brand: Brand | None

    @property
    def unanswered(self) -> tuple[QuestionView, ...]:
        return tuple(q for q in self.questions if q.value is None and q.answer != NOT_APPLICABLE)

    @property
    def unknown_questions(self) -> tuple[QuestionView, ...]:
        return tuple(q for q in self.questions if q.answer == NOT_APPLICABLE)

    @property
    def noted(self) -> tuple[QuestionView, ...]:
        return tuple(q for q in self.questions if q.note.strip())


def report_view(report: Report, bank: Bank, brand: Brand | None = None) -> ReportView:
    """Everything a report shows, in the report's language, numbers rounded to one decimal."""
    language = report.language
    titles = section_titles(bank, language)
    questions = bank_questions(bank)
    return ReportView(
        language=language,
        bank_id=report.bank_id,
        bank_version=report.bank_version,
        bank_hash=report.bank_hash,
        bank_title=localize(bank.title, language),
        respondent_name=report.respondent_name,
        respondent_role=report.respondent_role,
        respondent_role_label=role_label(bank, report.respondent_role, language),
        score=round_score(report.score),
        rating=report.rating,
        rating_label=band_label(bank.ratings, report.rating, language),
        stage=report.stage,
        stage_label=band_label(bank.stages, report.stage, language),
        completeness=round(report.completeness, 1),
        answered=report.answered,
        unknown=report.unknown,
        total=report.total,
        sections=tuple(
            SectionView(
                id=s.id,
                title=titles.get(s.id, s.id),
                score=round_score(s.score),
                rating=s.rating,
                rating_label=band_label(bank.ratings, s.rating, language),
                target=round(s.target, 1),
                gap=round_score(s.gap),
                weight=s.weight,
                answered=s.answered,
                unknown=s.unknown,
                total=s.total,
            )
            for s in report.sections
        ),
        gaps=gap_views(report.gaps, bank, language),
        questions=tuple(
            _question_view(r, questions.get(r.id), titles.get(r.section, r.section), language)
            for r in report.questions
        ),
        brand=brand,
    )


def gap_views(gaps: Sequence[Gap], bank: Bank, language: str) -> tuple[GapView, ...]:
    """Gaps with section titles and the text and action of each question, in `language`."""
    titles = section_titles(bank, language)
    questions = bank_questions(bank)
    return tuple(
        GapView(
            section=g.section,
            title=titles.get(g.section, g.section),
            gap=round(g.gap, 1),
            priority=round(g.priority, 1),
            actions=tuple(
                _action_view(questions.get(a.question), a.question, language) for a in g.actions
            ),
        )
        for g in gaps
    )


def section_titles(bank: Bank, language: str) -> dict[str, str]:
    """Each section's title in `language`, by section id."""
    return {s.id: localize(s.title, language) for s in bank.sections}


def bank_questions(bank: Bank) -> dict[str, Question]:
    """The bank's questions by id, for views that look questions up by a result's id."""
    return {q.id: q for _, q in bank.questions()}


def question_text(question: Question | None, question_id: str, language: str) -> str:
    """A question's text in `language`; its id when the bank has no such question."""
    return localize(question.text, language) if question else question_id


def answer_label(question: Question | None, answer: Answer, language: str) -> str:
    """The answer as the reader saw it: option labels, "don't know", or "" when unanswered."""
    if answer is None:
        return ""
    if answer == NOT_APPLICABLE:
        return text(language, "answer_na")
    chosen = [answer] if isinstance(answer, str) else answer
    return "; ".join(_option_label(question, option_id, language) for option_id in chosen)


def _option_label(question: Question | None, option_id: str, language: str) -> str:
    option = question.option(option_id) if question else None
    return localize(option.label, language) if option else option_id


def band_label(bands: tuple[Band, ...], band_id: str | None, language: str) -> str:
    """A rating band's or stage's label in `language`; its id when the bank has no such band."""
    band = next((b for b in bands if b.id == band_id), None)
    return localize(band.label, language) if band else (band_id or "")


def role_label(bank: Bank, role: str, language: str) -> str:
    """A role id of the bank by its label; anything else as the respondent typed it."""
    match = next((r for r in bank.roles if r.id == role), None)
    return localize(match.label, language) if match else role


def _action_view(question: Question | None, question_id: str, language: str) -> ActionView:
    return ActionView(
        question=question_id,
        text=question_text(question, question_id, language),
        action=localize(question.action, language) if question else "",
    )


def _question_view(
    result: QuestionResult, question: Question | None, section_title: str, language: str
) -> QuestionView:
    return QuestionView(
        id=result.id,
        section=result.section,
        section_title=section_title,
        text=question_text(question, result.id, language),
        answer=result.answer,
        answer_label=answer_label(question, result.answer, language),
        value=result.value,
        note=result.note,
        action=localize(question.action, language) if question and result.falls_short else "",
    )
