"""Notes for bank authors: levels that no answer of some respondent can decide, and stage
rules some role can never meet.

A section reaches level k when every *asked* question of level 1..k meets the threshold and
it asked a question of level k or above. So a level with no question below one that has
some counts as met by whoever passes the levels under it (for everyone, or for a role none
of whose questions there are of that level), and a level with no question at or above it
can never be reached. A stage rule's condition reads answers, so a rule on questions a role
is never asked never holds for that role. All may be intended (a budget is for executives
to answer), so these are notes that inform the author, never problems that block the bank.
What a role may be asked is `core.asking.role_estimate`'s: its audience, less the questions
whose conditions read only questions it is never asked.
"""
from __future__ import annotations

from dataclasses import dataclass

from selfassess.core.asking import may_hold, role_estimate
from selfassess.core.model import Bank, Section

EMPTY_LEVEL = "empty-level"
"""A section's level with no question, below a level that has some: met by passing the rest."""
UNREACHABLE_LEVEL = "unreachable-level"
"""A section's level with no question at or above it: nobody can reach it there."""
LEVEL_NOT_FOR_ROLE = "level-not-for-role"
"""A section's level none of whose questions a role is asked, below one whose questions it is."""
RULE_NOT_FOR_ROLE = "rule-not-for-role"
"""A stage rule that reads only questions a role is never asked."""


@dataclass(frozen=True)
class Note:
    """One thing an author should know about a valid bank, and where it is."""

    kind: str
    """EMPTY_LEVEL, UNREACHABLE_LEVEL, LEVEL_NOT_FOR_ROLE or RULE_NOT_FOR_ROLE."""
    path: str
    """Where in the bank, as problems name it: `sections[2]`, `stages[1].requires[0]`."""
    section: str = ""
    level: int = 0
    role: str = ""
    stage: str = ""
    questions: tuple[str, ...] = ()
    """The questions a stage rule reads that the role is never asked."""

    @property
    def message(self) -> str:
        """The note in words: what happens and what to do about it."""
        if self.kind == RULE_NOT_FOR_ROLE:
            named = ", ".join(f"'{q}'" for q in self.questions)
            which = "question" if len(self.questions) == 1 else "questions"
            return (
                f"stage '{self.stage}', {self.path.split('.')[-1]}: the rule reads {which} "
                f"{named}, never asked of role '{self.role}', so it never holds for a respondent "
                f"of that role, who stays below stage '{self.stage}'; this is information: "
                "accept it when intended, or give that role the question"
            )
        where = f"section '{self.section}', level {self.level}"
        if self.kind == UNREACHABLE_LEVEL:
            return (
                f"{where}: the section has no question of this level or above, so nobody can "
                "reach it there; give the level a question, or accept it"
            )
        if self.level == 1:
            outcome = "reaches level 1 there with any answers"
        else:
            outcome = f"who reaches level {self.level - 1} there reaches level {self.level} too"
        if self.kind == EMPTY_LEVEL:
            return (
                f"{where}: the section has no question of this level, so everyone {outcome}; "
                "give the level a question, or accept it"
            )
        return (
            f"{where}: no question of this level is ever asked of role '{self.role}', so a "
            f"respondent of that role {outcome}; give the level a question for that role, or "
            "accept it"
        )


def bank_notes(bank: Bank) -> tuple[Note, ...]:
    """Every note on the bank: each section's levels (lowest first) with no question, or none a
    role is asked, under one that has some, and those with none at or above; then the stage
    rules some role can never meet."""
    asked = {r.id: {q.id for q in role_estimate(bank, r.id).questions} for r in bank.roles}
    notes: list[Note] = []
    for index, section in enumerate(bank.sections):
        path = f"sections[{index}]"
        gaps, above = _missing_levels(bank, section, {q.id for q in section.questions})
        section_notes = [Note(EMPTY_LEVEL, path, section=section.id, level=k) for k in gaps]
        section_notes += [Note(UNREACHABLE_LEVEL, path, section=section.id, level=k) for k in above]
        for role, role_asked in asked.items():
            section_notes.extend(
                Note(LEVEL_NOT_FOR_ROLE, path, section=section.id, level=k, role=role)
                for k in _missing_levels(bank, section, role_asked)[0]
                if k not in gaps
            )
        notes.extend(sorted(section_notes, key=lambda note: note.level))
    for stage_index, stage in enumerate(bank.stages):
        for rule_index, rule in enumerate(stage.requires):
            if rule.when is None:
                continue
            path = f"stages[{stage_index}].requires[{rule_index}]"
            for role, role_asked in asked.items():
                if may_hold(rule.when, role_asked):
                    continue
                missing = dict.fromkeys(q for q in rule.when.questions() if q not in role_asked)
                notes.append(Note(RULE_NOT_FOR_ROLE, path, role=role, stage=stage.id,
                                  questions=tuple(missing)))  # fmt: skip
    return tuple(notes)


def _missing_levels(bank: Bank, section: Section, asked: set[str]) -> tuple[list[int], list[int]]:
    """The levels 1..L with no question among `asked` in a section that shows a level to these
    respondents (one asked question at least has a level): those below the highest level
    asked, met by passing the others, and those above it, out of reach. None in a section that
    shows none."""
    levels = {q.level for q in section.questions if q.id in asked and q.level >= 1}
    if not bank.levels or not levels:
        return [], []
    top = max(levels)
    missing = [level for level in range(1, bank.levels + 1) if level not in levels]
    return [k for k in missing if k < top], [k for k in missing if k > top]
