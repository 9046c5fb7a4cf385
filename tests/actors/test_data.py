"""Every actor data file is valid: schema, known codes, no surface form with two codes."""
from __future__ import annotations

from collections import defaultdict

import pytest

from eventline.actors.dictionary import (
    ActorKind,
    actor_names,
    data_file_names,
    is_known_code,
    load_data_file,
    organization_codes,
    roles,
)

CODE_MAPPING_FILES = ["countries.yaml", "capitals.yaml", "seats.yaml", "institutions.yaml", "blocs.yaml", "regions.yaml"]
# Only places may lack a code (continents, seas).
FILES_WITHOUT_CODES_ALLOWED = {"regions.yaml"}


def test_every_data_file_is_one_of_the_known_concepts():
    expected = {*CODE_MAPPING_FILES, "organizations.yaml", "demonyms.yaml", "roles.yaml", "persons.yaml",
                "parties.yaml", "collectives.yaml"}
    assert set(data_file_names()) == expected


@pytest.mark.parametrize("file_name", CODE_MAPPING_FILES)
def test_code_mapping_files_map_known_codes_to_lists_of_names(file_name):
    data = load_data_file(file_name)
    assert isinstance(data, dict) and data
    for code, names in data.items():
        if code is None:
            assert file_name in FILES_WITHOUT_CODES_ALLOWED
        else:
            assert is_known_code(code), f"{file_name}: unknown code {code}"
        assert isinstance(names, list) and names and all(isinstance(n, str) and n.strip() for n in names)


def test_organizations_have_a_code_names_and_abbreviations():
    for org in load_data_file("organizations.yaml"):
        assert set(org) == {"code", "names", "abbreviations"}
        assert org["code"].isupper() or org["code"][0].isupper()
        assert org["names"], org["code"]
        assert not is_known_code(org["code"]) or org["code"] in organization_codes()


def test_organization_codes_do_not_collide_with_country_codes():
    import pycountry

    countries = {c.alpha_3 for c in pycountry.countries}
    assert not (organization_codes() & countries)


def test_demonyms_are_lower_case_stems_with_known_codes():
    for demonym in load_data_file("demonyms.yaml"):
        assert set(demonym) == {"stem", "code", "nouns"}
        assert demonym["stem"] == demonym["stem"].lower() and not demonym["stem"].endswith("e")
        assert is_known_code(demonym["code"])


def test_persons_have_a_known_code_a_gender_and_names():
    for person in load_data_file("persons.yaml"):
        assert set(person) == {"code", "gender", "names"}
        assert is_known_code(person["code"]), person
        assert person["gender"] in ("m", "f")
        assert all(name[:1].isupper() or name.startswith(("von ", "al-")) for name in person["names"]), person


def test_roles_are_nouns_and_lower_case_compound_endings():
    data = load_data_file("roles.yaml")
    assert all(n[:1].isupper() for n in data["nouns"])
    assert all(s == s.lower() for s in data["suffixes"])
    assert "präsident" in roles().nouns and "minister" in roles().suffixes


def test_no_surface_form_has_two_different_codes():
    codes: dict[str, set[str]] = defaultdict(set)
    for name in actor_names():
        codes[name.surface.lower()].add(name.code)
    conflicts = {surface: found for surface, found in codes.items() if len(found) > 1}
    assert not conflicts


def test_every_kind_of_actor_is_in_the_dictionary():
    assert {name.kind for name in actor_names()} == set(ActorKind)


def test_parties_have_a_code_countries_names_and_member_nouns():
    import pycountry

    countries = {c.alpha_3 for c in pycountry.countries}
    for party in load_data_file("parties.yaml"):
        assert set(party) == {"code", "country", "names", "abbreviations", "members"}, party
        code = party["code"]
        assert code.isupper() and code.isalnum() and code not in countries, code
        assert party["country"] and all(c in countries for c in party["country"]), code
        assert party["names"] or party["abbreviations"], code
        assert all(m[:1].isupper() for m in party["members"]), code


def test_collectives_name_known_codes():
    data = load_data_file("collectives.yaml")
    assert set(data["armed"].values()) <= {"REB", "SEP"}
    assert all(stem == stem.lower() for stem in [*data["armed"], *data["armed_refer_only"], *data["west"]])
    organizations = {org["code"] for org in load_data_file("organizations.yaml")}
    assert set(data["armed_groups"]) <= organizations
    assert all(is_known_code(code) for code in [*data["armed"].values(), *data["armed_groups"]])


def test_city_adjectives_are_derived_from_capitals():
    from eventline.actors.dictionary import city_adjective, city_adjective_codes

    assert city_adjective("Wien") == "Wiener" and city_adjective("Moskau") == "Moskauer"
    assert city_adjective("Paris") == "Pariser" and city_adjective("Tokio") is None
    table = city_adjective_codes()
    assert table["Wiener"] == "AUT" and table["Pariser"] == "FRA" and table["Brüsseler"] == "EU"


def test_equivalent_roles_are_listed_roles():
    data = load_data_file("roles.yaml")
    listed = {n.lower() for n in data["nouns"]}
    for group in data["equivalent"]:
        assert all(role == role.lower() and (role in listed or role.endswith(tuple(data["suffixes"])))
                   for role in group), group
