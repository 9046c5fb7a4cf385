"""Role-based codes for people the dictionary does not know."""
from __future__ import annotations

import pytest
import spacy

from eventline.nlp.roles import is_feminine_role, is_role


def _code(nlp, text: str, name: str) -> str:
    codes = [e.kb_id_ for e in nlp(text).ents if e.text == name and e.label_ == "PER"]
    assert codes, f"{name!r} is not a person in {text!r}: {[(e.text, e.label_) for e in nlp(text).ents]}"
    return codes[0]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Präsident", True), ("Präsidenten", True), ("Verteidigungsminister", True), ("Außenministerin", True),
     ("Regierungssprecherin", True), ("Generalsekretärs", True), ("Ministerium", False), ("Präsidentschaft", False),
     ("Haus", False), ("minister", False)],
)
def test_role_nouns_include_compounds_and_inflected_forms(word, expected):
    assert is_role(spacy.blank("de")(word)[0]) is expected


def test_feminine_role_nouns_are_recognized():
    doc = spacy.blank("de")("Außenministerin Präsident")
    assert is_feminine_role(doc[0]) and not is_feminine_role(doc[1])


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Der britische Verteidigungsminister Tom Brennecke unterstrich das.", "Tom Brennecke", "GBR"),
        ("Der ehemalige polnische Außenminister Jan Kowalczyk widersprach.", "Jan Kowalczyk", "POL"),
        ("Frankreichs Präsident Pierre Dumoulin reiste ab.", "Pierre Dumoulin", "FRA"),
        ("Am Montag sagte Nato-Generalsekretär Lars Brekke, das sei falsch.", "Lars Brekke", "NATO"),
    ],
)
def test_a_role_with_a_state_before_the_name_codes_the_person(nlp, text, name, code):
    assert _code(nlp, text, name) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Gestern kam Igor Barkow, der Präsident von Weißrussland, an.", "Igor Barkow", "BLR"),
        ("Gestern spottete Igor Barkow, der ehemalige russische Präsident, über die Sanktionen.", "Igor Barkow", "RUS"),
        ("Gestern sprach Anna Kowalska, die Botschafterin Polens, vor der Presse.", "Anna Kowalska", "POL"),
    ],
)
def test_an_apposition_with_a_role_codes_the_person(nlp, text, name, code):
    assert _code(nlp, text, name) == code


def test_a_role_without_a_state_leaves_the_person_uncoded(nlp):
    assert _code(nlp, "Gestern sagte Verteidigungsminister Tom Brennecke, das sei falsch.", "Tom Brennecke") == ""


def test_a_list_of_names_is_not_an_apposition(nlp):
    text = "Gestern trafen Tom Brennecke, Igor Barkow und die russischen Diplomaten ein."
    assert _code(nlp, text, "Tom Brennecke") == ""


def test_a_state_that_belongs_to_another_noun_is_not_the_roles(nlp):
    text = "Gestern sprach Tom Brennecke, Chef der britischen Wassergruppe Kelda, vor Aktionären."
    assert _code(nlp, text, "Tom Brennecke") == ""


def test_an_apposition_with_an_organization_after_the_role(nlp):
    text = "Gestern sprach Tom Brennecke, der Generalsekretär der Nato, vor Soldaten."
    assert _code(nlp, text, "Tom Brennecke") == "NATO"


def test_a_state_in_the_clause_before_the_role_is_not_the_roles(nlp):
    text = "Die russische Regierung lobte Präsident Tom Brennecke für seine Rede."
    assert _code(nlp, text, "Tom Brennecke") == ""
