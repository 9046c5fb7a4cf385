"""The actor dictionary: every surface form of a known actor with its code, compiled once from data files.

Country names come from pycountry's German ISO 3166 translations; everything newspapers write beyond
those (short names, capitals, seats of government, organizations, demonyms, persons) is curated YAML
under `eventline/actors/data/`, one concept per file.
"""
from __future__ import annotations

import gettext
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import yaml

DATA_PACKAGE = "eventline.actors.data"
WEST = "WST"


class ActorKind(StrEnum):
    """What a surface form names; decides the entity label and how the form inflects."""

    COUNTRY = "country"
    REGION = "region"
    CAPITAL = "capital"
    SEAT = "seat"
    INSTITUTION = "institution"
    BLOC = "bloc"
    ORGANIZATION = "organization"
    PARTY = "party"
    DEMONYM = "demonym"
    DEMONYM_NOUN = "demonym_noun"
    PERSON = "person"


class Casing(StrEnum):
    """How a form is compared with text: LOWER for names, EXACT for abbreviations that are words in lower case."""

    LOWER = "lower"
    EXACT = "exact"


@dataclass(frozen=True, slots=True)
class ActorName:
    surface: str
    code: str  # "" for places without a single state (continents)
    kind: ActorKind
    casing: Casing = Casing.LOWER
    gender: str | None = None  # "m"/"f" for persons, used by the pronoun linker


@dataclass(frozen=True, slots=True)
class Roles:
    """Role nouns ("Präsident") and compound endings ("-minister") that mark officials."""

    nouns: frozenset[str]
    suffixes: tuple[str, ...]
    canonical: Mapping[str, str]  # lower-case role → the first role of its group of equivalent roles


def load_data_file(name: str) -> Any:
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def data_file_names() -> list[str]:
    return sorted(p.name for p in resources.files(DATA_PACKAGE).iterdir() if p.name.endswith(".yaml"))


def _german_country_translation() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)


def pycountry_german_names() -> list[ActorName]:
    """German ISO names of every country; "Iran, Islamische Republik" also yields "Iran" when no other
    country shares the part before the comma (both Koreas do, so "Korea" is left out)."""
    translate = _german_country_translation().gettext
    names: list[tuple[str, str]] = []
    heads: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            english = getattr(country, attribute, None)
            if not english:
                continue
            german = translate(english)
            if "(" in german:
                continue
            if "," in german:
                heads.setdefault(german.split(",")[0].strip(), set()).add(country.alpha_3)
                continue
            names.append((german, country.alpha_3))
    names.extend((head, next(iter(codes))) for head, codes in heads.items() if len(codes) == 1)
    return [ActorName(surface, code, ActorKind.COUNTRY) for surface, code in dict.fromkeys(names)]


def casing_of(surface: str) -> Casing:
    """All-capital abbreviations ("US", "UK", "BRD") are matched as written: "us" and "Us" are words."""
    return Casing.EXACT if surface.isupper() and surface.isalpha() else Casing.LOWER


def _names_by_code(mapping: Mapping[str | None, Iterable[str]], kind: ActorKind) -> Iterator[ActorName]:
    for code, surfaces in mapping.items():
        for surface in surfaces:
            yield ActorName(str(surface), code or "", kind, casing_of(str(surface)))


def curated_names() -> list[ActorName]:
    names: list[ActorName] = []
    for file_name, kind in (
        ("countries.yaml", ActorKind.COUNTRY),
        ("regions.yaml", ActorKind.REGION),
        ("capitals.yaml", ActorKind.CAPITAL),
        ("seats.yaml", ActorKind.SEAT),
        ("institutions.yaml", ActorKind.INSTITUTION),
        ("blocs.yaml", ActorKind.BLOC),
    ):
        names.extend(_names_by_code(load_data_file(file_name), kind))
    for org in load_data_file("organizations.yaml"):
        names.extend(ActorName(s, org["code"], ActorKind.ORGANIZATION) for s in org["names"])
        names.extend(ActorName(s, org["code"], ActorKind.ORGANIZATION, Casing.EXACT) for s in org["abbreviations"])
    for party in load_data_file("parties.yaml"):
        names.extend(ActorName(s, party["code"], ActorKind.PARTY) for s in party["names"])
        names.extend(ActorName(s, party["code"], ActorKind.PARTY, Casing.EXACT) for s in party["abbreviations"])
    for demonym in load_data_file("demonyms.yaml"):
        names.append(ActorName(demonym["stem"], demonym["code"], ActorKind.DEMONYM))
        names.extend(ActorName(n, demonym["code"], ActorKind.DEMONYM_NOUN) for n in demonym["nouns"])
    for person in load_data_file("persons.yaml"):
        names.extend(
            ActorName(s, person["code"], ActorKind.PERSON, Casing.EXACT, person.get("gender"))
            for s in person_name_variants(person["names"])
        )
    return names


def person_name_variants(names: list[str]) -> list[str]:
    """The listed names plus every given name of a two-word name with every one-word surname spelling
    ("Volodymyr" + "Selensky"), since newspapers mix transliterations."""
    given = {n.split()[0] for n in names if len(n.split()) == 2}
    surnames = [n for n in names if " " not in n]
    return list(dict.fromkeys([*names, *(f"{g} {s}" for g in sorted(given) for s in surnames)]))


@cache
def party_codes() -> frozenset[str]:
    return frozenset(party["code"] for party in load_data_file("parties.yaml"))


@cache
def organization_codes() -> frozenset[str]:
    organizations = frozenset(org["code"] for org in load_data_file("organizations.yaml"))
    collective = frozenset(load_data_file("collectives.yaml")["armed"].values())
    return organizations | party_codes() | collective | {WEST}


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_known_code(code: str) -> bool:
    return code in country_codes() or code in organization_codes()


@cache
def actor_names() -> tuple[ActorName, ...]:
    """All surface forms; curated forms first so they win over pycountry's for the same surface."""
    seen: set[tuple[str, str]] = set()
    result: list[ActorName] = []
    for name in [*curated_names(), *pycountry_german_names()]:
        key = (name.surface.lower(), name.kind)
        if key not in seen:
            seen.add(key)
            result.append(name)
    return tuple(result)


@cache
def roles() -> Roles:
    data = load_data_file("roles.yaml")
    return Roles(
        nouns=frozenset(n.lower() for n in data["nouns"]),
        suffixes=tuple(sorted((s.lower() for s in data["suffixes"]), key=len, reverse=True)),
        canonical={role: group[0] for group in data.get("equivalent", []) for role in group},
    )


@cache
def code_by_form() -> Mapping[str, str]:
    """Lower-cased single-word form → code, for lookups outside the ruler (hyphenated compounds)."""
    table: dict[str, str] = {}
    for name in actor_names():
        if " " in name.surface or not name.code or name.kind in (ActorKind.DEMONYM, ActorKind.PERSON):
            continue
        table.setdefault(name.surface.lower(), name.code)
    return table


@cache
def person_gender_by_form() -> Mapping[str, str]:
    """Person surface form (and its last word) → "m"/"f", for the pronoun linker."""
    table: dict[str, str] = {}
    for name in actor_names():
        if name.kind == ActorKind.PERSON and name.gender:
            table.setdefault(name.surface, name.gender)
            table.setdefault(name.surface.split()[-1], name.gender)
    return table


@dataclass(frozen=True, slots=True)
class PartyMembers:
    """A capitalized plural noun for a party or its members, valid where the article is about `countries`."""

    noun: str
    code: str
    countries: frozenset[str]


@cache
def party_members() -> tuple[PartyMembers, ...]:
    return tuple(PartyMembers(noun, party["code"], frozenset(party["country"]))
                 for party in load_data_file("parties.yaml") for noun in party["members"])


@dataclass(frozen=True, slots=True)
class Collectives:
    """Unnamed armed groups and the West, by word shape (`collectives.yaml`)."""

    armed: tuple[tuple[str, str], ...]  # (lower-case stem, fallback code), longest first
    armed_refer_only: tuple[str, ...]
    west_adjectives: tuple[str, ...]
    west_heads: frozenset[str]


@cache
def collectives() -> Collectives:
    data = load_data_file("collectives.yaml")
    return Collectives(
        armed=tuple(sorted(data["armed"].items(), key=lambda item: len(item[0]), reverse=True)),
        armed_refer_only=tuple(data["armed_refer_only"]),
        west_adjectives=tuple(data["west"]),
        west_heads=frozenset(data["west_heads"]),
    )


def city_adjective(city: str) -> str | None:
    """The undeclined adjective of a one-word city name: "Wien" → "Wiener", "Moskau" → "Moskauer",
    "Paris" → "Pariser"; None where German forms it irregularly or not at all (names ending in a vowel
    other than -au take -er rarely and unpredictably: "Tokioter", "Ankaraer")."""
    if " " in city or "-" in city or not city[-1:].isalpha():
        return None
    if city.endswith("au") or city[-1] not in "aeiouyáéíóú":
        return city + "er"
    return None


@cache
def city_adjective_codes() -> Mapping[str, str]:
    """"Wiener" → AUT, "Pariser" → FRA: capitals and seats as adjectives, derived from capitals.yaml."""
    table: dict[str, str] = {}
    for code, cities in load_data_file("capitals.yaml").items():
        for city in cities:
            adjective = city_adjective(str(city))
            if adjective is not None:
                table.setdefault(adjective, code)
    return table
