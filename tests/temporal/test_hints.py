"""Search windows around hints."""
from __future__ import annotations

from eventline.temporal.hints import MARGIN, hint_scanner
from eventline.temporal.tagger import default_tagger


def test_a_text_without_hints_has_no_window() -> None:
    assert hint_scanner([], "de").windows("Die Partei und die Gewerkschaft einigten sich.") == {}


def test_a_window_reaches_the_margin_around_a_hint_and_does_not_split_words() -> None:
    text = "x" * 100 + " Anfang Februar kam er " + "y" * 100
    [(start, end)] = hint_scanner([], "de").windows(text)["months"]
    hint = text.index("Februar")
    assert start <= hint - MARGIN + 1 and end >= hint + len("Februar") + MARGIN - 1
    assert start == 0 or text[start - 1].isspace()
    assert end == len(text) or text[end].isspace()


def test_hints_match_inside_words_and_declared_anchor_words_count() -> None:
    scanner = hint_scanner(["heuer"], "de")
    assert "units" in scanner.windows("im Vorjahr")  # "jahr" inside "Vorjahr"
    assert "anchor_words" in scanner.windows("Das Fest ist heuer")


def test_a_hint_also_stands_for_the_shorter_hints_inside_it() -> None:
    assert {"seasons", "units"} <= set(hint_scanner([], "de").windows("im Frühjahr"))


def test_windows_find_what_a_full_scan_of_every_rule_example_finds() -> None:
    tagger = default_tagger()
    for rule in tagger.rules:
        for example in rule.examples:
            text = example.text
            full = {
                (m.start(), m.end(), r.id)
                for r in tagger.rules
                for m in r.regex.finditer(text)
                if m.end() > m.start() and not r.vetoed(text, m.start(), m.end())
            }
            assert {(c.start, c.end, c.rule.id) for c in tagger.candidates(text)} == full, text


def test_the_flat_hint_alternation_finds_what_the_prefix_tree_finds() -> None:
    import re

    from eventline.temporal.lexicon import trie_branches, trie_pattern

    forms = ["jahr", "jahres", "januar", "jan.", "tag der arbeit", "tag", "mai"]
    text = "im jahresverlauf, am tag der arbeit und im januar; jan. 2020 maibaum tage"
    tree = [m.group(0) for m in re.finditer(trie_pattern(forms), text)]
    assert tree == [m.group(0) for m in re.finditer("|".join(trie_branches(forms)), text)]
    assert tree == ["jahres", "tag der arbeit", "januar", "jan.", "mai", "tag"]


def test_the_longest_expressions_are_found_far_inside_a_long_text() -> None:
    """The margin reaches from the anchor hint to the first word of long expressions."""
    from datetime import date

    from eventline.temporal import tag_text

    filler = "Die Versammlung beriet lange über den Haushalt und die Straßen. " * 5
    for phrase, value in [("in den vergangenen zweieinhalb Jahrzehnten", "P2.5DE"),
                          ("an zwölf aufeinanderfolgenden Tagen", "P12D"),
                          ("vom 3. bis 5. Mai", "2019-05-03")]:
        timexes = tag_text(filler + "Es geschah " + phrase + ". " + filler, date(2019, 8, 1))
        assert timexes and phrase.endswith(timexes[-1].text) and timexes[0].value == value, (phrase, timexes)
