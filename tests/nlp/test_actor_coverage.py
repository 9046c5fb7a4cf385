"""The actor dictionary covers states, capitals, seats, organizations, armed groups and officials beyond
the seed articles: one example per kind of entry, with non-examples for ambiguous forms."""
from __future__ import annotations

import pytest


def _coded(nlp, text: str) -> dict[str, str]:
    return {e.text: e.kb_id_ for e in nlp(text).ents if e.kb_id_}


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Die kenianische Regierung kritisierte den Beschluss.", "kenianische Regierung", "KEN"),
        ("Nigerianische Soldaten griffen das Lager an.", "Nigerianische", "NGA"),
        ("Das saudi-arabische Außenministerium widersprach.", "saudi-arabische Außenministerium", "SAU"),
        ("Der neuseeländische Premier reiste ab.", "neuseeländische", "NZL"),
        ("Die sudanesische Armee meldete Erfolge.", "sudanesische Armee", "SDN"),
        ("Ein Sprecher der kolumbianischen Regierung bestätigte das.", "kolumbianischen Regierung", "COL"),
        ("Die Schweizer Regierung lehnte ab.", "Schweizer Regierung", "CHE"),
        ("Die Äthiopier protestierten.", "Äthiopier", "ETH"),
    ],
)
def test_demonyms_of_states_far_from_the_seeds_are_coded(nlp, text, surface, code):
    assert _coded(nlp, text).get(surface) == code, _coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die deutsch-französischen Beziehungen sind eng.",
        "Der britisch-kanadische Journalist wurde festgenommen.",
        "Die russisch-ukrainischen Gespräche scheiterten.",
    ],
)
def test_a_compound_of_two_demonyms_names_no_single_state(nlp, text):
    compound = next(t for t in nlp(text) if "-" in t.text)
    assert not any(e.kb_id_ for e in nlp(text).ents if e.start <= compound.i < e.end)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Nairobi wies die Vorwürfe zurück.", "Nairobi", "KEN"),
        ("Bogotá kündigte Gespräche an.", "Bogotá", "COL"),
        ("Brüssel droht mit Strafzöllen.", "Brüssel", "EU"),
        ("Ulan-Bator sucht Partner.", "Ulan-Bator", "MNG"),
        ("Das Pentagon bestätigte den Angriff.", "Pentagon", "USA"),
        ("Der Élysée-Palast dementierte.", "Élysée-Palast", "FRA"),
        ("Ein Sprecher des Bendlerblocks sagte das.", "Bendlerblocks", "DEU"),
    ],
)
def test_capitals_and_seats_of_government_of_more_states_are_coded(nlp, text, surface, code):
    assert _coded(nlp, text).get(surface) == code, _coded(nlp, text)


def test_capitals_that_are_also_common_words_are_left_out(nlp):
    assert not _coded(nlp, "Zum ersten Male sprach er offen.")


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Der Sicherheitsrat verurteilte den Angriff.", "Sicherheitsrat", "UN"),
        ("Eine Resolution des Weltsicherheitsrates scheiterte.", "Weltsicherheitsrates", "UN"),
        ("Der Europarat rügte die Regierung.", "Europarat", "COE"),
        ("Der Europäische Gerichtshof für Menschenrechte gab ihm recht.",
         "Europäische Gerichtshof für Menschenrechte", "COE"),
        ("Der Europäische Rat beriet über Hilfen.", "Europäische Rat", "EU"),
        ("Das UNRWA stellte die Hilfe ein.", "UNRWA", "UNRWA"),
        ("Die Mercosur-Staaten verhandeln mit der EU.", "EU", "EU"),
        ("Der Mercosur verhandelt mit der EU.", "Mercosur", "MERCOSUR"),
        ("Der Golfkooperationsrat tagte in Riad.", "Golfkooperationsrat", "GCC"),
    ],
)
def test_international_organizations_and_their_bodies_are_coded(nlp, text, surface, code):
    assert _coded(nlp, text).get(surface) == code, _coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Die Hamas feuerte Raketen ab.", "Hamas", "HAMAS"),
        ("Die Hisbollah drohte Israel.", "Hisbollah", "HEZBOLLAH"),
        ("Die Huthis griffen ein Schiff an.", "Huthis", "HOUTHIS"),
        ("Die Taliban verboten den Unterricht.", "Taliban", "TALIBAN"),
        ("Kämpfer des Islamischen Staates überfielen das Dorf.", "Islamischen Staates", "ISIL"),
        ("Der IS bekannte sich zu dem Anschlag.", "IS", "ISIL"),
        ("Die Wagner-Gruppe zog ab.", "Wagner-Gruppe", "WAGNER"),
        ("Die PKK kündigte eine Waffenruhe an.", "PKK", "PKK"),
        ("Al-Qaida rief zu Anschlägen auf.", "Al-Qaida", "AQ"),
    ],
)
def test_non_state_armed_groups_have_codes_of_their_own(nlp, text, surface, code):
    assert _coded(nlp, text).get(surface) == code, _coded(nlp, text)


def test_the_composer_wagner_is_not_the_mercenary_group(nlp):
    assert "WAGNER" not in _coded(nlp, "Die Oper von Richard Wagner wurde aufgeführt.").values()


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Milei traf Sheinbaum in Mexiko-Stadt.", "Milei", "ARG"),
        ("Milei traf Sheinbaum in Mexiko-Stadt.", "Sheinbaum", "MEX"),
        ("Prabowo Subianto empfing den Gast.", "Prabowo Subianto", "IDN"),
        ("Penny Wong kritisierte Peking.", "Penny Wong", "AUS"),
        ("Der Außenminister Gideon Saar reiste nach Berlin.", "Gideon Saar", "ISR"),
        ("Hamas-Chef Jahja al-Sinwar wurde getötet.", "Jahja al-Sinwar", "HAMAS"),
        ("Nasrallah drohte mit Vergeltung.", "Nasrallah", "HEZBOLLAH"),
        ("Der portugiesische Regierungschef Luís Montenegro sagte das.", "Luís Montenegro", "PRT"),
        ("Papst Leo XIV. rief zum Frieden auf.", "Papst Leo XIV.", "VAT"),
        ("Lazzarini warnte vor einer Hungersnot.", "Lazzarini", "UNRWA"),
    ],
)
def test_officials_of_more_states_organizations_and_armed_groups_are_coded(nlp, text, surface, code):
    assert _coded(nlp, text).get(surface) == code, _coded(nlp, text)


def test_a_surname_that_is_also_a_word_or_a_country_needs_the_full_name(nlp):
    assert _coded(nlp, "Montenegro will der EU beitreten.").get("Montenegro") == "MNE"
    assert _coded(nlp, "Der Hochkommissar Volker Türk warnte.").get("Volker Türk") == "UN"


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Botswana exportiert Diamanten.", "Botswana", "BWA"),
        ("Osttimor trat der Asean bei.", "Osttimor", "TLS"),
    ],
)
def test_common_country_names_missing_from_the_iso_translations_are_coded(nlp, text, surface, code):
    assert _coded(nlp, text).get(surface) == code, _coded(nlp, text)
