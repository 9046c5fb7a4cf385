"""Actor-coded entities from the default pipeline: dictionary names, inflection, context, unknown names."""
from __future__ import annotations

import pytest
import spacy

from eventline.nlp.entities import merge_entities


def _ents(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def _entity(nlp, text: str, surface: str) -> tuple[str, str]:
    matches = [(e.label_, e.kb_id_) for e in nlp(text).ents if e.text == surface]
    assert matches, f"{surface!r} is not an entity in {text!r}: {_ents(nlp, text)}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Russland baut seine Produktion aus.", "Russland", "RUS"),
        ("Die Wirtschaft Russlands wächst.", "Russlands", "RUS"),
        ("Die Vereinigten Staaten liefern Waffen.", "Vereinigten Staaten", "USA"),
        ("Weißrussland stimmte zu.", "Weißrussland", "BLR"),
        ("Die Russische Föderation protestierte.", "Russische Föderation", "RUS"),
        ("Der Iran bestreitet das.", "Iran", "IRN"),
    ],
)
def test_countries_are_coded_in_every_case_form(nlp, text, surface, code):
    assert _entity(nlp, text, surface) == ("GPE", code)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Moskau droht mit Vergeltung.", "Moskau", "RUS"),
        ("Peking warnt vor Sanktionen.", "Peking", "CHN"),
        ("Der Kreml wies die Vorwürfe zurück.", "Kreml", "RUS"),
        ("Das Weiße Haus kündigte Hilfen an.", "Weiße Haus", "USA"),
        ("Ein Sprecher des Weißen Hauses sagte das.", "Weißen Hauses", "USA"),
        ("Kyjiw fordert mehr Munition.", "Kyjiw", "UKR"),
    ],
)
def test_capitals_and_seats_of_government_stand_for_their_state(nlp, text, surface, code):
    assert _entity(nlp, text, surface) == ("GPE", code)


def test_a_place_after_a_locative_preposition_is_a_location_with_its_code(nlp):
    assert _entity(nlp, "Das Treffen fand in Moskau statt.", "Moskau") == ("LOC", "RUS")
    assert _entity(nlp, "Fabriken in der Ukraine wurden getroffen.", "Ukraine") == ("LOC", "UKR")


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Die Nato verstärkt ihre Ostflanke.", "Nato", "NATO"),
        ("Die NATO verstärkt ihre Ostflanke.", "NATO", "NATO"),
        ("Die EU beschloss neue Sanktionen.", "EU", "EU"),
        ("Die Staaten der Europäischen Union beraten.", "Europäischen Union", "EU"),
        ("Die europäische Investitionsbank soll helfen.", "europäische Investitionsbank", "EIB"),
        ("Die Vereinten Nationen verurteilten den Angriff.", "Vereinten Nationen", "UN"),
        ("Die OSZE schickt Beobachter.", "OSZE", "OSCE"),
        ("Der IWF gewährt einen Kredit.", "IWF", "IMF"),
        ("Die Bundesregierung prüft den Antrag.", "Bundesregierung", "DEU"),
    ],
)
def test_organizations_and_institutions_have_fixed_codes(nlp, text, surface, code):
    assert _entity(nlp, text, surface) == ("ORG", code)


def test_abbreviations_are_not_matched_in_lower_case(nlp):
    assert all(e.kb_id_ != "WHO" for e in nlp("Er fragte, who is there.").ents)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Die russischen Truppen zogen ab.", "russischen Truppen", "RUS"),
        ("Eingefrorene russische Vermögenswerte sollen helfen.", "russische", "RUS"),
        ("Er sprach mit britischen Diplomaten.", "britischen", "GBR"),
        ("Westliche Geheimdienste warnen.", "Westliche", "WST"),
        ("Die Russen rückten vor.", "Russen", "RUS"),
    ],
)
def test_demonyms_are_norp_with_the_state_code(nlp, text, surface, code):
    label, found = _entity(nlp, text, surface)
    assert found == code and label in ("NORP", "ORG")


def test_a_demonym_before_a_state_body_makes_the_body_an_actor(nlp):
    text = "Das britische Verteidigungsministerium sagte das."
    assert _entity(nlp, text, "britische Verteidigungsministerium") == ("ORG", "GBR")


def test_europaeisch_alone_is_not_the_eu(nlp):
    assert _ents(nlp, "Er traf seine europäischen Amtskollegen.") == []


def test_the_west_needs_its_article_and_compass_directions_are_not_actors(nlp):
    assert _entity(nlp, "Er warf dem Westen Heuchelei vor.", "Westen") == ("GPE", "WST")
    assert all(e.text != "Westen" for e in nlp("Er lebt im Westen.").ents)


def test_compounds_with_an_actor_keep_its_code(nlp):
    assert _entity(nlp, "Die Nato-Staaten planen mehr.", "Nato-Staaten") == ("MISC", "NATO")
    assert _entity(nlp, "Die EU-Kommission plant mehr.", "EU-Kommission") == ("ORG", "EU")


def test_known_people_are_coded_with_their_state(nlp):
    assert _entity(nlp, "Wladimir Putin sprach lange.", "Wladimir Putin") == ("PER", "RUS")
    assert _entity(nlp, "Das sagte Pistorius am Montag.", "Pistorius") == ("PER", "DEU")
    assert _entity(nlp, "Ursula von der Leyen reist nach Kiew.", "Ursula von der Leyen") == ("PER", "EU")
    assert _entity(nlp, "Putins Sprecher widersprach.", "Putins") == ("PER", "RUS")


def test_unknown_names_after_a_title_are_people(nlp):
    assert _entity(nlp, "Gestern sagte Herr Brennecke, das sei falsch.", "Brennecke") == ("PER", "")


def test_company_suffixes_make_organizations(nlp):
    assert _entity(nlp, "Die Firma Rheinmetall AG liefert Munition.", "Rheinmetall AG")[0] == "ORG"


def test_two_unknown_proper_nouns_in_a_row_are_a_person(nlp):
    assert _entity(nlp, "Am Montag sprach John Healey vor Soldaten.", "John Healey")[0] == "PER"


def test_existing_model_entities_are_kept_and_get_codes():
    from spacy.tokens import Span

    doc = spacy.blank("de")("Präsident Wladimir Putin sprach .")
    existing = [Span(doc, 0, 3, label="PER")]
    proposed = [Span(doc, 1, 3, label="PER", kb_id="RUS"), Span(doc, 3, 4, label="MISC", kb_id="X")]
    merged = merge_entities(existing, proposed)
    assert [(e.text, e.label_, e.kb_id_) for e in merged] == [
        ("Präsident Wladimir Putin", "PER", "RUS"),
        ("sprach", "MISC", "X"),
    ]


def test_a_title_is_not_part_of_the_name(nlp):
    assert [e.text for e in nlp("Herr Brennecke widersprach.").ents] == ["Brennecke"]


def test_an_unknown_acronym_after_in_is_an_organization(nlp):
    assert _entity(nlp, "Der Streit in der FDP wächst.", "FDP")[0] == "ORG"


def test_regions_are_locations_coded_with_their_state_if_they_have_one(nlp):
    assert _entity(nlp, "Charkiw wurde beschossen.", "Charkiw") == ("LOC", "UKR")
    assert _entity(nlp, "Der Nahe Osten kommt nicht zur Ruhe.", "Nahe Osten") == ("LOC", "")


def test_country_abbreviations_are_not_matched_in_other_case(nlp):
    assert _entity(nlp, "Die US-Armee und die USA verhandeln.", "USA") == ("GPE", "USA")
    assert all(e.kb_id_ != "USA" for e in nlp("Let us go, sagte er.").ents)
