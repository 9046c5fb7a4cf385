"""The compiled actor dictionary: pycountry's German names plus the curated files."""
from __future__ import annotations

from eventline.actors.dictionary import ActorKind, code_by_form, is_known_code, pycountry_german_names


def _codes_for(surface: str) -> set[str]:
    return {n.code for n in pycountry_german_names() if n.surface == surface}


def test_pycountry_gives_german_official_names():
    assert _codes_for("Russische Föderation") == {"RUS"}
    assert _codes_for("Vereinigtes Königreich") == {"GBR"}
    assert _codes_for("Deutschland") == {"DEU"}


def test_the_part_before_a_comma_is_a_name_only_when_one_country_has_it():
    assert _codes_for("Iran") == {"IRN"}
    assert _codes_for("Korea") == set()  # both Koreas
    assert not any("," in n.surface for n in pycountry_german_names())


def test_pycountry_names_are_countries():
    assert {n.kind for n in pycountry_german_names()} == {ActorKind.COUNTRY}


def test_single_word_forms_resolve_to_codes_for_compounds():
    table = code_by_form()
    assert table["nato"] == "NATO"
    assert table["us"] == "USA"
    assert table["kreml"] == "RUS"
    assert "russisch" not in table  # demonym stems are not words


def test_known_codes_are_alpha3_or_organizations():
    assert is_known_code("BLR") and is_known_code("NATO") and is_known_code("WST")
    assert not is_known_code("XXX") and not is_known_code("Russland")


def test_all_capital_abbreviations_are_matched_as_written():
    from eventline.actors.dictionary import Casing, casing_of

    assert casing_of("US") == Casing.EXACT and casing_of("BRD") == Casing.EXACT
    assert casing_of("Russland") == Casing.LOWER and casing_of("G20") == Casing.LOWER


def test_person_variants_combine_given_names_and_surname_spellings():
    from eventline.actors.dictionary import person_name_variants

    variants = person_name_variants(["Wolodymyr Selenskyj", "Volodymyr Zelensky", "Selenskyj", "Selensky"])
    assert {"Volodymyr Selensky", "Wolodymyr Selensky", "Volodymyr Selenskyj"} <= set(variants)
    assert person_name_variants(["Recep Tayyip Erdoğan", "Erdoğan"]) == ["Recep Tayyip Erdoğan", "Erdoğan"]
