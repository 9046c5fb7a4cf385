"""Language data for the NLP components, read once from `eventline/nlp/data/`."""
from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

DATA_PACKAGE = "eventline.nlp.data"


def _read_text(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def load_yaml(name: str) -> Any:
    return yaml.safe_load(_read_text(name))


def load_tsv_mapping(name: str) -> dict[str, str]:
    rows = csv.reader((line for line in _read_text(name).splitlines() if line and not line.startswith("#")),
                      delimiter="\t", quoting=csv.QUOTE_NONE)
    return {key: value for key, value in rows}


@dataclass(frozen=True, slots=True)
class Abbreviations:
    not_sentence_final: frozenset[str]  # lower case, without the dot
    sentence_final: frozenset[str]  # lower case tokens with the dot


@dataclass(frozen=True, slots=True)
class NameCues:
    person_titles: frozenset[str]
    company_suffixes: frozenset[str]
    organization_heads: frozenset[str]
    locative_prepositions: frozenset[str]  # lower case
    state_body_heads: frozenset[str]  # lower case
    state_body_descriptions: frozenset[str]  # lower case
    state_body_endings: tuple[str, ...]  # lower case
    state_circles: tuple[str, ...]  # lower case compound endings
    place_suffixes: tuple[str, ...]  # lower case
    name_particles: frozenset[str]
    class_nouns: tuple[tuple[str, str], ...]  # (lower-case word ending, entity label), longest first
    institution_prefixes: tuple[str, ...]
    institution_endings: tuple[str, ...]  # lower case


@cache
def abbreviations() -> Abbreviations:
    data = load_yaml("abbreviations.yaml")
    return Abbreviations(
        not_sentence_final=frozenset(a.lower() for a in data["not_sentence_final"]),
        sentence_final=frozenset(a.lower() for a in data["sentence_final"]),
    )


@cache
def name_cues() -> NameCues:
    data = load_yaml("name_cues.yaml")
    return NameCues(
        person_titles=frozenset(data["person_titles"]),
        company_suffixes=frozenset(data["company_suffixes"]),
        organization_heads=frozenset(data["organization_heads"]),
        locative_prepositions=frozenset(p.lower() for p in data["locative_prepositions"]),
        state_body_heads=frozenset(h.lower() for h in data["state_body_heads"]),
        state_body_descriptions=frozenset(h.lower() for h in data["state_body_descriptions"]),
        state_body_endings=tuple(e.lower() for e in data["state_body_endings"]),
        state_circles=tuple(e.lower() for e in data["state_circles"]),
        place_suffixes=tuple(s.lower() for s in data["place_suffixes"]),
        name_particles=frozenset(data["name_particles"]),
        institution_prefixes=tuple(data["institution_prefixes"]),
        institution_endings=tuple(e.lower() for e in data["institution_endings"]),
        class_nouns=tuple(sorted(((noun.lower(), label) for label, nouns in data["class_nouns"].items() for noun in nouns),
                                 key=lambda pair: len(pair[0]), reverse=True)),
    )


@cache
def stts_to_ud() -> Mapping[str, str]:
    return load_tsv_mapping("stts_ud.tsv")


@cache
def hanta_to_stts() -> Mapping[str, str]:
    return load_tsv_mapping("hanta_stts.tsv")
