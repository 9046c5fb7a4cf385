"""Every rule's own examples, run through the whole tagger (extraction, overlap settling, anchoring)."""
from __future__ import annotations

from collections import Counter

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


def test_rule_examples_use_a_spread_of_reference_dates_not_one_documents() -> None:
    """Examples written against one article's DCT would test that article, not German."""
    dcts = Counter(example.dct for _, example in EXAMPLES if example.dct is not None)
    total = sum(dcts.values())
    _, most = dcts.most_common(1)[0]
    assert most <= 0.08 * total, dcts.most_common(3)
    assert len(dcts) >= 0.6 * total
    assert len({dct.year for dct in dcts}) >= 20
