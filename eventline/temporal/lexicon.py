"""Language data for the temporal tagger: one YAML file per concept, loaded once.

Each concept file maps a key (a month number, a unit code, a TIMEX3 value, ...) to the surface forms
that express it. Lookups are case-insensitive because headlines and diaries write "DONNERSTAG".
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

DEFAULT_LANGUAGE = "de"


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept's entries: key -> surface forms, plus the reverse index."""

    name: str
    entries: Mapping[str, tuple[str, ...]]
    index: Mapping[str, str]

    def key_of(self, form: str) -> str:
        """The key a surface form belongs to (whitespace-insensitive, case-insensitive)."""
        return self.index[_normalize(form)]

    def forms(self, *keys: str) -> tuple[str, ...]:
        selected = keys or tuple(self.entries)
        return tuple(form for key in selected for form in self.entries[key])

    def alternation(self, *keys: str) -> str:
        """A regex alternation of the forms, longest first so that "Jahres" wins over "Jahr"."""
        forms = sorted(set(self.forms(*keys)), key=len, reverse=True)
        return "|".join(_form_pattern(form) for form in forms)


def _normalize(form: str) -> str:
    return " ".join(form.split()).casefold()


def _form_pattern(form: str) -> str:
    # Inner spaces of multi-word forms match any run of whitespace (line breaks in the source text).
    return r"\s+".join(re.escape(part) for part in form.split())


def concept_files(language: str = DEFAULT_LANGUAGE) -> list[str]:
    folder = resources.files("eventline.temporal") / "data" / language
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml"))


def read_concept_file(name: str, language: str = DEFAULT_LANGUAGE) -> dict:
    path = resources.files("eventline.temporal") / "data" / language / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def load_concept(name: str, language: str = DEFAULT_LANGUAGE) -> Concept:
    raw = read_concept_file(name, language)
    if raw.get("concept") != name:
        raise ValueError(f"{name}.yaml declares concept {raw.get('concept')!r}")
    entries = {str(key): tuple(str(form) for form in forms) for key, forms in raw["entries"].items()}
    index: dict[str, str] = {}
    for key, forms in entries.items():
        for form in forms:
            normalized = _normalize(form)
            if index.get(normalized, key) != key:
                raise ValueError(f"{name}: {form!r} belongs to both {index[normalized]!r} and {key!r}")
            index[normalized] = key
    return Concept(name=name, entries=entries, index=index)
