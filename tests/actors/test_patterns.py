"""Pattern generation: German inflection of names, demonyms and articles."""
from __future__ import annotations

import spacy

from eventline.actors.dictionary import ActorKind, ActorName, Casing
from eventline.actors.patterns import adjective_stem, genitive_forms, name_pattern

NLP = spacy.blank("de")


def _tokenize(text: str) -> list[str]:
    return [t.text for t in NLP.make_doc(text)]


def test_genitive_adds_s_or_es_after_a_sibilant():
    assert genitive_forms("Russland") == ["Russland", "Russlands"]
    assert genitive_forms("Haus") == ["Haus", "Hauses"]


def test_adjective_stem_strips_the_ending_of_long_adjectives_only():
    assert adjective_stem("Europäische") == "Europäisch"
    assert adjective_stem("Weißes") == "Weiß"
    assert adjective_stem("Rat") is None
    assert adjective_stem("der") is None


def test_adjectives_inside_an_organization_name_inflect():
    pattern = name_pattern(ActorName("Europäische Union", "EU", ActorKind.ORGANIZATION), _tokenize)["pattern"]
    assert "europäischen" in pattern[0]["LOWER"]["IN"]
    assert pattern[1]["LOWER"]["IN"] == ["union", "unions"]


def test_demonym_stems_take_every_adjective_ending():
    pattern = name_pattern(ActorName("russisch", "RUS", ActorKind.DEMONYM), _tokenize)["pattern"]
    assert set(pattern[0]["LOWER"]["IN"]) == {"russische", "russischen", "russischer", "russisches", "russischem"}


def test_a_leading_article_becomes_any_article_in_the_pattern():
    pattern = name_pattern(ActorName("der Westen", "WST", ActorKind.BLOC), _tokenize)["pattern"]
    assert {"den", "des", "dem"} <= set(pattern[0]["LOWER"]["IN"])
    assert pattern[1]["LOWER"]["IN"] == ["westen", "westens"]


def test_abbreviations_match_exactly_and_do_not_inflect():
    pattern = name_pattern(ActorName("EU", "EU", ActorKind.ORGANIZATION, Casing.EXACT), _tokenize)["pattern"]
    assert pattern == [{"ORTH": "EU"}]


def test_person_names_match_as_written_with_a_genitive_surname():
    pattern = name_pattern(ActorName("Wladimir Putin", "RUS", ActorKind.PERSON, Casing.EXACT), _tokenize)
    assert pattern["pattern"] == [{"ORTH": {"IN": ["Wladimir"]}}, {"ORTH": {"IN": ["Putin", "Putins"]}}]
    assert pattern["id"] == "RUS" and pattern["label"] == "person"
