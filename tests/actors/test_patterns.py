"""Pattern generation: German inflection of names, demonyms and articles."""
from __future__ import annotations

import spacy

from eventline.actors.dictionary import ActorKind, ActorName, Casing
from eventline.actors.patterns import actor_patterns, adjective_stem, genitive_forms, name_patterns

NLP = spacy.blank("de")


def _words(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in NLP.make_doc(text)]


def _forms(name: ActorName) -> set[str]:
    return {p["pattern"] for p in name_patterns(name, _words)}


def test_genitive_adds_s_or_es_after_a_sibilant_and_both_after_t_or_d():
    assert genitive_forms("Kreml") == ["Kreml", "Kremls"]
    assert genitive_forms("Haus") == ["Haus", "Hauses"]
    assert genitive_forms("Griechenland") == ["Griechenland", "Griechenlands", "Griechenlandes"]
    assert genitive_forms("Sicherheitsrat") == ["Sicherheitsrat", "Sicherheitsrats", "Sicherheitsrates"]
    assert genitive_forms("Staat") == ["Staat", "Staats", "Staates"]


def test_adjective_stem_strips_the_ending_of_long_adjectives_only():
    assert adjective_stem("Europäische") == "Europäisch"
    assert adjective_stem("Weißes") == "Weiß"
    assert adjective_stem("Rat") is None
    assert adjective_stem("der") is None


def test_adjectives_inside_an_organization_name_inflect():
    forms = _forms(ActorName("Europäische Union", "EU", ActorKind.ORGANIZATION))
    assert {"Europäische Union", "Europäischen Union", "Europäischer Unions"} <= forms
    assert "Europäisch Union" not in forms


def test_demonym_stems_take_every_adjective_ending():
    assert _forms(ActorName("russisch", "RUS", ActorKind.DEMONYM)) == {
        "russische", "russischen", "russischer", "russisches", "russischem",
    }


def test_a_leading_article_becomes_any_article_in_the_pattern():
    forms = _forms(ActorName("der Westen", "WST", ActorKind.BLOC))
    assert {"den Westen", "des Westens", "dem Westen"} <= forms
    assert "Westen" not in forms


def test_a_capitalized_article_is_part_of_the_name():
    assert "Den Haag" in _forms(ActorName("Den Haag", "NLD", ActorKind.CAPITAL))


def test_abbreviations_match_exactly_and_do_not_inflect():
    assert _forms(ActorName("EU", "EU", ActorKind.ORGANIZATION, Casing.EXACT)) == {"EU"}


def test_person_names_keep_their_given_name_and_inflect_the_surname():
    patterns = name_patterns(ActorName("Wladimir Putin", "RUS", ActorKind.PERSON, Casing.EXACT), _words)
    assert {p["pattern"] for p in patterns} == {"Wladimir Putin", "Wladimir Putins"}
    assert {(p["id"], p["label"]) for p in patterns} == {("RUS", "person")}


def test_each_ruler_gets_the_names_of_its_casing():
    names = [ActorName("Nato", "NATO", ActorKind.ORGANIZATION), ActorName("NATO", "NATO", ActorKind.ORGANIZATION, Casing.EXACT)]
    assert [p["pattern"] for p in actor_patterns(_words, Casing.LOWER, names)] == ["Nato", "Natos"]
    assert [p["pattern"] for p in actor_patterns(_words, Casing.EXACT, names)] == ["NATO"]
