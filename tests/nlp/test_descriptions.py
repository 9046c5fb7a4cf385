"""Actors named without a name are coded from what the article said before them."""
from __future__ import annotations

from eventline.nlp.descriptions import DESCRIPTIONS_KEY


def _described(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.kb_id_) for span in doc.spans[DESCRIPTIONS_KEY]]


def _codes(nlp, text: str) -> dict[str, str]:
    return {e.text: e.kb_id_ for e in nlp(text).ents}


def test_a_state_body_without_its_state_acts_for_the_articles_main_state(nlp):
    text = "In Kenia wird gewählt. Kenia rüstet sich. Die Regierung kündigte Reformen an."
    assert ("Regierung", "KEN") in _described(nlp, text)


def test_a_demonym_before_a_city_of_its_state_counts_as_one_mention_of_that_state(nlp):
    text = "Oslo – Vor dem Gipfel im kroatischen Zagreb hat die Regierung neue Hilfen beschlossen."
    assert _codes(nlp, text)["Zagreb"] == "HRV"
    assert ("Regierung", "NOR") in _described(nlp, text)


def test_a_state_body_with_its_state_is_left_to_the_entities(nlp):
    text = "In Kenia wird gewählt. Die Regierung Ugandas protestierte."
    assert not any(text == "Regierung" for text, _ in _described(nlp, text))


def test_a_city_adjective_before_a_state_body_names_the_capitals_state(nlp):
    assert ("Pariser Außenministerium", "FRA") in _described(nlp, "Das Pariser Außenministerium widersprach.")
    assert ("Wiener Regierungskreise", "AUT") in _described(nlp, "Das bestätigten Wiener Regierungskreise.")


def test_a_city_adjective_before_other_nouns_names_no_actor(nlp):
    assert _described(nlp, "Die Wiener Philharmoniker spielten.") == []


def test_western_or_european_governments_together_are_the_west(nlp):
    assert ("europäische Regierungen", "WST") in _described(nlp, "Mehrere europäische Regierungen protestierten.")
    assert _codes(nlp, "Die westlichen Staaten verhängten Strafen.")["westlichen"] == "WST"  # a demonym


def test_unnamed_rebels_and_separatists_get_the_collective_codes(nlp):
    assert ("Rebellen", "REB") in _described(nlp, "Im Norden griffen Rebellen einen Posten an.")
    assert ("Separatisten", "SEP") in _described(nlp, "Im Osten beschossen Separatisten ein Dorf.")


def test_the_rebels_refer_back_to_a_group_the_article_called_rebels(nlp):
    text = "Die Regierung verhandelte mit der Guerillaorganisation ELN. Die Rebellen forderten Garantien."
    assert ("Rebellen", "ELN") in _described(nlp, text)


def test_a_party_is_coded_with_its_abbreviation_and_its_member_nouns_by_country(nlp):
    assert _codes(nlp, "Die ÖVP widersprach.")["ÖVP"] == "OEVP"
    us = "Der Kongress der USA tagte in Washington. Die Republikaner blockierten das Gesetz."
    assert ("Republikaner", "GOP") in _described(nlp, us)
    austria = "In Österreich wird gewählt. Die Sozialdemokraten verloren Stimmen."
    assert ("Sozialdemokraten", "SPOE") in _described(nlp, austria)


def test_a_politician_introduced_by_his_party_acts_for_the_party(nlp):
    codes = _codes(nlp, "Der US-Republikaner Marco Rubio kritisierte den Plan. Später sagte Rubio, er bleibe dabei.")
    assert codes["Marco Rubio"] == "GOP" and codes["Rubio"] == "GOP"
    assert _codes(nlp, "HDP-Chef Ali Demir forderte Neuwahlen.")["Ali Demir"] == "HDP"


def test_an_unknown_minister_without_a_state_is_the_main_states_official(nlp):
    text = "Serbien bewirbt sich. Serbien hofft auf Zustimmung. Außenminister Petar Markovic bestätigte das."
    assert _codes(nlp, text)["Petar Markovic"] == "SRB"


def test_a_role_without_a_name_refers_to_the_person_introduced_with_it(nlp):
    text = "Der Ministerpräsident Jonas Berg trat auf. Später ruderte der Ministerpräsident zurück."
    doc = nlp("Schweden wählt. " + text)
    assert ("Ministerpräsident", "SWE") in [(s.text, s.kb_id_) for s in doc.spans[DESCRIPTIONS_KEY]]


def test_a_definite_noun_inside_a_recent_organizations_name_refers_to_it(nlp):
    text = "Der Internationale Strafgerichtshof ermittelt. Das Gericht erließ einen Haftbefehl."
    assert ("Gericht", "ICC") in _described(nlp, text)


def test_a_party_politician_in_a_government_office_acts_for_the_state(nlp):
    text = "In Deutschland wird gewählt. Deutschland streitet. CDU-Innenminister Hans Kerber kritisierte den Plan."
    assert _codes(nlp, text)["Hans Kerber"] == "DEU"
    text = "In Deutschland wird gewählt. Deutschland streitet. CDU-Politiker Hans Kerber kritisierte den Plan."
    assert _codes(nlp, text)["Hans Kerber"] == "CDU"


def test_equivalent_roles_refer_back_to_each_other(nlp):
    text = "Schweden wählt. Regierungschef Jonas Berg trat auf. Später ruderte der Premier zurück."
    doc = nlp(text)
    assert ("Premier", "SWE") in [(s.text, s.kb_id_) for s in doc.spans[DESCRIPTIONS_KEY]]
