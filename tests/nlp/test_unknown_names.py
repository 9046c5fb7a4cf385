"""Unknown names: spans from the NE tag and their type from cues (pipeline examples)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventline.nlp.unknown_names import proper_noun_entities


def _tagged(words: list[str], tags: list[str]) -> Doc:
    """A Doc with given tags, independent of any tagger."""
    doc = Doc(spacy.blank("de").vocab, words=words)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def _label(nlp, text: str, surface: str) -> tuple[str, str]:
    found = [(e.label_, e.kb_id_) for e in nlp(text).ents if e.text == surface]
    assert found, [(e.text, e.label_) for e in nlp(text).ents]
    return found[0]


def test_an_unknown_name_after_a_given_name_is_a_person(nlp):
    assert _label(nlp, "Gestern sagte Silvia Sommerlath das.", "Silvia Sommerlath")[0] == "PER"


def test_a_known_town_is_a_location_in_its_country(nlp):
    assert _label(nlp, "Gestern regnete es, sagte man, Stuttgart erwartet Sturm.", "Stuttgart") == ("LOC", "DEU")


def test_an_acronym_is_an_organization(nlp):
    assert _label(nlp, "Die Wähler der CDU sind unzufrieden.", "CDU")[0] == "ORG"


def test_a_name_without_cues_is_an_untyped_misc_entity(nlp):
    assert _label(nlp, "Das neue Album von Marusha erschien gestern.", "Marusha")[0] in ("MISC", "PER")


def test_name_particles_join_a_given_name_and_a_surname(nlp):
    assert _label(nlp, "Das Buch schrieb Heinrich von Miltitz im Alter.", "Heinrich von Miltitz")[0] == "PER"
    assert _label(nlp, "Gestern spielte man Ludwig van Beethoven.", "Ludwig van Beethoven")[0] == "PER"


def test_a_hyphenated_double_given_name_makes_a_person(nlp):
    assert _label(nlp, "Gestern sagte Hans-Dietrich Haemmerlein etwas.", "Hans-Dietrich Haemmerlein")[0] == "PER"


def test_a_capitalized_article_inside_a_sentence_belongs_to_the_name(nlp):
    assert _label(nlp, "Das Gericht in Den Haag entschied.", "Den Haag") == ("LOC", "NLD")


def test_a_preposition_that_also_takes_people_does_not_make_a_place(nlp):
    assert all(e.label_ != "LOC" for e in nlp("Das findet sich bei Homer.").ents)


def test_von_der_before_a_common_noun_is_not_a_name_particle(nlp):
    text = "Das sagte Arno Wilfert von der Unternehmensberatung Little."
    assert "Arno Wilfert" in [e.text for e in nlp(text).ents]


def test_several_given_names_before_an_unknown_surname(nlp):
    assert _label(nlp, "Gestern sagte Fritz Karl Messner etwas.", "Fritz Karl Messner")[0] == "PER"


def test_a_class_noun_before_an_unknown_name_gives_its_type(nlp):
    assert _label(nlp, "Gestern spielte die Rockband Zandura in der Halle.", "Zandura")[0] == "ORG"
    assert _label(nlp, "Gestern sang die Sängerin Marusha ein Lied.", "Marusha")[0] == "PER"
    assert _label(nlp, "Gestern wählte die Gemeinde Pflückuff einen Rat.", "Pflückuff")[0] == "LOC"


def test_a_short_class_noun_counts_only_as_a_whole_word():
    import spacy

    from eventline.nlp.unknown_names import class_noun_label

    doc = spacy.blank("de")("Sport Ort Erstligisten Ölgesellschaft")
    assert [class_noun_label(t) for t in doc] == [None, "LOC", "ORG", "ORG"]


def test_one_word_public_institutions_are_organizations(nlp):
    assert _label(nlp, "Das Bundesjustizministerium prüft den Fall.", "Bundesjustizministerium")[0] == "ORG"
    assert _label(nlp, "Das teilte das Bundesamt für Gesundheit mit.", "Bundesamt für Gesundheit")[0] == "ORG"


def test_a_career_in_the_state_is_not_an_institution(nlp):
    assert [e.text for e in nlp("Er trat in den Staatsdienst ein.").ents] == []


def test_a_noun_before_a_legal_form_is_a_company_name_whatever_its_tag():
    doc = _tagged(["Die", "Firma", "Quellwerk", "AG", "liefert", "."], ["ART", "NN", "NN", "NN", "VVFIN", "$."])
    assert [(e.text, e.label_) for e in proper_noun_entities(doc)] == [("Quellwerk AG", "ORG")]


def test_an_article_before_a_company_word_starts_no_name():
    doc = _tagged(["Der", "Konzern", "meldet", "Gewinne", "."], ["ART", "NN", "VVFIN", "NN", "$."])
    assert proper_noun_entities(doc) == []
