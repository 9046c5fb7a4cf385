"""Language data for the temporal tagger: one YAML file per concept, loaded once.

Each concept file maps a key (a month number, a unit code, a TIMEX3 value, ...) to the surface forms
that express it. Lookups are case-insensitive because headlines and diaries write "DONNERSTAG".
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
        """A regex matching any of the forms, longer forms first ("Jahres" before "Jahr").

        Built as a prefix tree, so that the regex engine rejects a position after one character
        instead of trying every form in turn: the tagger runs dozens of these over every text.
        """
        return trie_pattern(self.forms(*keys))


def _normalize(form: str) -> str:
    return " ".join(form.split()).casefold()


WHITESPACE = r"\s+"  # inner spaces of multi-word forms match any run of whitespace (line breaks)


def _tokens(form: str) -> list[str]:
    tokens: list[str] = []
    for index, part in enumerate(form.split()):
        if index:
            tokens.append(WHITESPACE)
        tokens.extend(re.escape(char) for char in part)
    return tokens


def trie_pattern(forms: Iterable[str]) -> str:
    return _render(_trie(forms))


def trie_branches(forms: Iterable[str]) -> list[str]:
    """The prefix tree's alternatives, one per first character: "|".join(...) matches what
    `trie_pattern` matches (the empty form aside), as a flat alternation whose branches all start
    with a literal, which the engine turns into a fast skip over positions no form starts at."""
    return _branches(_trie(forms))


def _trie(forms: Iterable[str]) -> dict:
    trie: dict = {}
    for form in forms:
        node = trie
        for token in _tokens(form):
            node = node.setdefault(token, {})
        node[""] = {}
    return trie


def _branches(node: dict) -> list[str]:
    return [token + _render(child) for token, child in sorted(node.items()) if token]


def _render(node: dict) -> str:
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # A form may end here: the greedy "?" still tries the longer forms first.
    return f"(?:{body})?" if "" in node else body


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
