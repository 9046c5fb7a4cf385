"""Every rule's own examples, run through the whole tagger (extraction, overlap settling, anchoring)."""
from __future__ import annotations

import pytest

from eventline.temporal import DocumentStyle, tag_text
from eventline.temporal.resolve import value_range
from eventline.temporal.rules import Rule, RuleExample, load_rules

EXAMPLES = [(rule, example) for rule in load_rules() for example in rule.examples]


def _example_id(pair: tuple[Rule, RuleExample]) -> str:
    rule, example = pair
    return f"{rule.id}:{example.text}@{example.dct}"


@pytest.mark.parametrize("rule_and_example", EXAMPLES, ids=[_example_id(p) for p in EXAMPLES])
def test_rule_example_is_tagged_with_its_value(rule_and_example: tuple[Rule, RuleExample]) -> None:
    rule, example = rule_and_example
    expected_text = example.timex or example.text
    timexes = tag_text(example.text, example.dct, DocumentStyle(example.style))
    matching = [t for t in timexes if t.text == expected_text]
    assert matching, f"{expected_text!r} not found in {[t.text for t in timexes]}"
    timex = matching[0]
    assert timex.rule_id == rule.id
    assert timex.value == example.value
    assert timex.mod == example.mod
    if example.type is not None:
        assert timex.type == example.type
    if example.point is not None:
        assert (timex.date_start, timex.date_end) == value_range(example.point)
