"""A Report joined with its Bank in one language: what every report format shows.

The Report holds ids and unrounded numbers; readers need titles, labels and actions in
their language and numbers rounded once. Doing that here keeps the formats in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from selfassess.core.brand import Brand
from selfassess.core.model import NOT_APPLICABLE, Bank, Question, localize
from selfassess.core.render.view_common import (
    GapView,
    answer_label,
    band_label,
    bank_questions,
    gap_views,
    question_text,
    role_label,
    section_titles,
)
from selfassess.core.results import Answer, QuestionResult, Report
from selfassess.core.strings import round_score


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
    kind: ClassVar[str] = "report"
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
