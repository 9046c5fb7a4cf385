"""Given-name and place gazetteers."""
from __future__ import annotations

from eventline.nlp.names import given_name_gender, is_given_name, place_country


def test_given_names_have_a_gender():
    assert given_name_gender("Olaf") == "m"
    assert given_name_gender("Silvia") == "f"
    assert is_given_name("Tom")


def test_names_for_both_genders_have_none():
    assert is_given_name("Andrea") and given_name_gender("Andrea") is None


def test_common_nouns_are_not_given_names():
    assert not is_given_name("Haus") and not is_given_name("Regierung")


def test_towns_and_states_of_german_speaking_countries_have_their_country():
    assert place_country("Stuttgart") == "DEU"
    assert place_country("Mecklenburg-Vorpommern") == "DEU"
    assert place_country("Kärnten") == "AUT"
    assert place_country("Graubünden") == "CHE"
    assert place_country("Regierung") is None
