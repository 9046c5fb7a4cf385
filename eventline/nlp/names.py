"""Given names (with gender) and places of the German-speaking countries, as offline gazetteers.

Faker ships hand-kept lists of first names by gender and of towns per locale; pycountry lists the
states and cantons. A given name makes an unknown name a person (and tells "er" from "sie"), a town or
state makes it a location in its country. Only Latin-script locales of the languages German news
quotes most.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import import_module

NAME_LOCALES = ("de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "pl_PL", "nl_NL")
# Faker locale → (ISO 3166-1 alpha-2 for pycountry's subdivisions, alpha-3 actor code).
PLACE_LOCALES = {"de_DE": ("DE", "DEU"), "de_AT": ("AT", "AUT"), "de_CH": ("CH", "CHE")}


def _provider(kind: str, locale: str) -> type | None:
    try:
        return import_module(f"faker.providers.{kind}.{locale}").Provider
    except ModuleNotFoundError:
        return None


def _names(provider: type, attribute: str) -> Iterable[str]:
    values = getattr(provider, attribute, ())
    return values.keys() if isinstance(values, Mapping) else values


@cache
def given_name_genders() -> Mapping[str, str]:
    """Given name → "m", "f", or "" where the name is used for both."""
    genders: dict[str, set[str]] = {}
    for locale in NAME_LOCALES:
        provider = _provider("person", locale)
        if provider is None:
            continue
        for attribute, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in _names(provider, attribute):
                if name[:1].isupper() and name.isalpha():
                    genders.setdefault(name, set()).add(gender)
    return {name: found.pop() if len(found) == 1 else "" for name, found in genders.items()}


@cache
def place_countries() -> Mapping[str, str]:
    """Town or state name → the code of its country; names shared by two countries are left out."""
    import pycountry

    found: dict[str, set[str]] = {}
    for locale, (alpha_2, code) in PLACE_LOCALES.items():
        provider = _provider("address", locale)
        names = list(_names(provider, "cities")) if provider is not None else []
        names.extend(s.name for s in pycountry.subdivisions.get(country_code=alpha_2) or ())
        for name in names:
            found.setdefault(name, set()).add(code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


def is_given_name(word: str) -> bool:
    return word in given_name_genders()


def given_name_gender(word: str) -> str | None:
    return given_name_genders().get(word) or None


def place_country(name: str) -> str | None:
    return place_countries().get(name)
