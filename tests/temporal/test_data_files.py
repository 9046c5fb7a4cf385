"""The tagger's language data: schema of the concept and rule files, unique ids, examples everywhere."""
from __future__ import annotations

import pytest

from eventline.temporal.lexicon import concept_files, load_concept, read_concept_file
from eventline.temporal.hints import ANCHOR_CONCEPTS
from eventline.temporal.rules import (
    CONCEPT_PLACEHOLDERS,
    DIGIT_PLACEHOLDERS,
    SETTABLE_FIELDS,
    load_rules,
    read_rule_file,
    rule_files,
)

CONCEPTS = [name.removesuffix(".yaml") for name in concept_files()]


@pytest.mark.parametrize("name", CONCEPTS)
def test_concept_file_declares_its_own_name_and_lists_forms(name: str) -> None:
    raw = read_concept_file(name)
    assert set(raw) == {"concept", "entries"}
    assert raw["concept"] == name
    assert raw["entries"], "a concept file needs entries"
    for key, forms in raw["entries"].items():
        assert isinstance(forms, list) and forms, f"{name}:{key} has no forms"
        assert all(isinstance(f, str) and f.strip() == f and f for f in forms), f"{name}:{key} has a bad form"


@pytest.mark.parametrize("name", CONCEPTS)
def test_concept_forms_belong_to_one_key_only(name: str) -> None:
    load_concept(name)  # raises on a form listed under two keys


def test_rule_files_hold_only_known_fields() -> None:
    allowed = {"id", "type", "pattern", "set", "examples", "priority", "case_sensitive", "not_followed_by",
               "not_preceded_by", "not_followed_by_pattern", "anchors", "timeml"}
    for name in rule_files():
        for raw in read_rule_file(name)["rules"]:
            assert set(raw) <= allowed, f"{raw.get('id')}: unknown fields {set(raw) - allowed}"
            assert set(raw.get("set", {})) <= SETTABLE_FIELDS


def test_rule_ids_are_unique_and_every_rule_has_an_example() -> None:
    rules = load_rules()
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    assert all(rule.examples for rule in rules), [r.id for r in rules if not r.examples]


def test_every_rule_has_a_hint_that_opens_a_search_window() -> None:
    """A digit, a form of an anchor concept or a declared anchor word (else the rule never runs)."""
    for rule in load_rules():
        placeholders = {p.removesuffix("2") for p in rule.groups.values()}
        has_digits = bool(placeholders & set(DIGIT_PLACEHOLDERS))
        has_anchor_concept = any(CONCEPT_PLACEHOLDERS.get(p) in ANCHOR_CONCEPTS for p in placeholders)
        assert has_digits or has_anchor_concept or rule.anchors, rule.id
