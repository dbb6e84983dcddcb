"""Options: a question's own, the bank's shared answer sets, and the built-in scale and yesno
options with their per-answer next steps (`steps`)."""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from selfassess.core.model import NOT_APPLICABLE

from . import defaults
from .fields import Key, NodeReader, UniqueIds, did_you_mean, index_path, key_path, show

OPTION_KEYS = (
    Key("id", True, "a short id, unique within the question"),
    Key("label", True, "text"),
    Key("value", True, "what the option is worth, from 0 to 1"),
    Key("description", False, "text: what the option means, shown under its label"),
    Key("action", False, "text: the next step for whoever gives this answer"),
    Key("exclusive", False, "true for a checklist item such as \"none of these\""),
)
ANSWER_SET_KEYS = (
    Key("id", True, "a short id, unique among the answer sets"),
    Key("options", True, "a list of {id, label, value}"),
)
OPTIONAL_TEXTS = ("description", "action")
SCALE_IDS = ", ".join(f'"{i}"' for i in defaults.SCALE_OPTION_IDS)
SCALE_WORTH = ", ".join(f"{v:g}" for v in defaults.SCALE_VALUES)


def read_options(reader: NodeReader, node: Node, path: str,
                 question_type: str | None) -> list[dict[str, Any]] | None:
    """A list of options; `question_type` None for an answer set, checked where it is used."""
    minimum = 2 if question_type == "choice" else 1
    items = reader.sequence(node, path, "options", minimum=minimum)
    if items is None:
        return None
    ids = UniqueIds(reader, "option")
    options = [_option(reader, item, index_path(path, i), ids, question_type)
               for i, item in enumerate(items)]
    values = [o["value"] for o in options]
    if values and None not in values and question_type is not None:
        for message in value_problems(question_type, values):
            reader.problem(node, path, message)
    return options


def value_problems(question_type: str, values: list[float]) -> list[str]:
    """What makes these option values unusable for a question of this type."""
    if question_type == "checklist" and not any(values):
        return ["every item is worth 0: give at least one item a value above 0"]
    if question_type == "choice" and values and max(values) != 1:
        return ["no option is worth 1, so this question can never score full marks: give the "
                "best option the value 1"]
    return []


def _option(reader: NodeReader, node: Node, path: str, ids: UniqueIds,
            question_type: str | None) -> dict[str, Any]:
    fields = reader.mapping(node, path, "an option", OPTION_KEYS) or {}
    option_id = ids.read(fields.get("id"), key_path(path, "id"))
    if option_id == NOT_APPLICABLE:
        reader.problem(fields["id"], key_path(path, "id"), f"{show(NOT_APPLICABLE)} is "
                       "reserved for \"don't know / not applicable\": choose another id")
    option: dict[str, Any] = {
        "id": option_id,
        "label": reader.optional(fields, path, "label", reader.text),
        "value": reader.optional(fields, path, "value", reader.number, 0, 1),
    }
    for key in OPTIONAL_TEXTS:
        if key in fields:
            option[key] = reader.text(fields[key], key_path(path, key))
    if "exclusive" in fields:
        if question_type not in (None, "checklist"):
            reader.problem(fields["exclusive"], key_path(path, "exclusive"),
                           "only checklist items can be exclusive: remove `exclusive`")
        elif reader.boolean(fields["exclusive"], key_path(path, "exclusive")):
            option["exclusive"] = True
    return option


def read_answer_sets(reader: NodeReader, node: Node,
                     path: str) -> list[dict[str, Any]] | None:
    """The bank's answer sets: option lists that questions share by id."""
    items = reader.sequence(node, path, "answer sets", minimum=1)
    if items is None:
        return None
    ids = UniqueIds(reader, "answer set")
    answer_sets = []
    for i, item in enumerate(items):
        item_path = index_path(path, i)
        fields = reader.mapping(item, item_path, "an answer set", ANSWER_SET_KEYS) or {}
        answer_sets.append({
            "id": ids.read(fields.get("id"), key_path(item_path, "id")),
            "options": read_options(reader, fields["options"], key_path(item_path, "options"),
                                    None) if "options" in fields else None,
        })
    return answer_sets


def answer_set_options(reader: NodeReader, node: Node, path: str, question_type: str | None,
                       answer_sets: dict[str, list[dict[str, Any]] | None]) -> str | None:
    """The id of the answer set a question names, checked against the question's type."""
    set_id = reader.identifier(node, path)
    if set_id is None:
        return None
    if set_id not in answer_sets:
        reader.problem(node, path, f"no answer set has the id {show(set_id)}"
                       + (did_you_mean(set_id, list(answer_sets), ": ") if answer_sets
                          else ": declare it under `answer_sets`"))
        return None
    if question_type not in ("choice", "checklist", "scale"):
        reader.problem(node, path, "only choice, checklist and scale questions take an answer "
                       "set")
        return None
    options = answer_sets[set_id]
    if options is None or None in [o["value"] for o in options]:
        return set_id
    if question_type == "scale":
        if not is_scale_set(options):
            reader.problem(node, path, f"answer set {show(set_id)}: a scale question's answer "
                           f"set must hold exactly the scale's five options, ids {SCALE_IDS} "
                           f"worth {SCALE_WORTH}, in that order, none exclusive: fix the set, "
                           "or make the question a choice question")
        return set_id
    problems = value_problems(question_type, [o["value"] for o in options])
    if question_type == "choice" and len(options) < 2:
        problems.append("a choice question needs at least 2 options")
    if question_type == "choice" and any(o.get("exclusive") for o in options):
        problems.append("only checklist items can be exclusive")
    for message in problems:
        reader.problem(node, path, f"answer set {show(set_id)}: {message}")
    return set_id


def is_scale_set(options: list[dict[str, Any]]) -> bool:
    """Whether an answer set holds exactly a scale's options: a scale question may use it and
    stay a scale (the same stored answers, answer codes and scores)."""
    return (tuple(o["id"] for o in options) == defaults.SCALE_OPTION_IDS
            and tuple(o["value"] for o in options) == defaults.SCALE_VALUES
            and not any(o.get("exclusive") for o in options))


def read_steps(reader: NodeReader, node: Node, path: str,
               option_ids: list[str]) -> dict[str, dict[str, str]]:
    """`steps: {option id: text}`: the next step per answer of a question whose options are
    built in (scale, yesno) or come from an answer set; only the ids in `option_ids`."""
    if not isinstance(node, MappingNode):
        reader.problem(node, path, "must map option ids to texts: {\"1\": ..., \"2\": ...}")
        return {}
    steps: dict[str, dict[str, str] | None] = {}
    for key_node, value_node in node.value:
        option_id = key_node.value if isinstance(key_node, ScalarNode) else ""
        step_path = key_path(path, option_id)
        if option_id not in option_ids:
            reader.problem(key_node, step_path, f"{show(option_id)} is not an option of this "
                           f"question (its options: {', '.join(option_ids)})")
        elif option_id in steps:
            reader.problem(key_node, step_path, f"{show(option_id)} is given twice: keep one")
        else:
            steps[option_id] = reader.text(value_node, step_path)
    return {option_id: text for option_id, text in steps.items() if text is not None}


def builtin_options(reader: NodeReader, question_type: str, labels: dict[str, list[str]] | None
                    ) -> list[dict[str, Any]] | None:
    """The fixed options of a yesno or scale question (scale: labelled with `labels`)."""
    if question_type == "yesno":
        return defaults.yesno_options(reader.languages)
    return None if labels is None else defaults.scale_options(labels)
