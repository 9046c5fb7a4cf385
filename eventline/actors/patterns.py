"""SpanRuler token patterns generated from the actor dictionary, with German inflection.

Forms are spelled out rather than lemmatized so that matching does not depend on the tagger:
a name's last word takes the genitive (-s, -es), capitalized adjectives inside a name take the
adjective endings ("Europäischen Union", "Weißen Hauses"), and demonym stems take all adjective
endings ("russische", "russischen", ...). A leading article in the data ("der Westen") must be
present in the text in some case form; the entity component trims it off again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from eventline.actors.dictionary import ActorKind, ActorName, Casing, actor_names

Pattern = dict[str, Any]
Tokenize = Callable[[str], list[str]]

ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
DEFINITE_ARTICLES = ("der", "die", "das", "den", "dem", "des")
# Nouns ending in a sibilant take -es in the genitive ("des Hauses"), others -s ("Russlands").
SIBILANT_ENDINGS = ("s", "ß", "x", "z")


def genitive_forms(word: str) -> list[str]:
    if word.endswith(SIBILANT_ENDINGS):
        return [word, word + "es"]
    if not word[-1:].isalpha():
        return [word]
    return [word, word + "s"]


def adjective_stem(word: str) -> str | None:
    """Stem of an inflected attributive adjective ("Europäische" → "Europäisch"), None for other words."""
    for ending in ("es", "er", "en", "em", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return None


def adjective_forms(stem: str) -> list[str]:
    return [stem + ending for ending in ADJECTIVE_ENDINGS]


def word_forms(words: list[str], position: int, kind: ActorKind) -> list[str]:
    word = words[position]
    is_last = position == len(words) - 1
    if kind == ActorKind.DEMONYM:
        return adjective_forms(word)
    if is_last:
        return genitive_forms(word)
    if kind != ActorKind.PERSON and word[:1].isupper():
        stem = adjective_stem(word)
        if stem is not None:
            return adjective_forms(stem)
    return [word]


def _token_pattern(forms: Iterable[str], casing: Casing) -> Pattern:
    unique = list(dict.fromkeys(forms))
    if casing == Casing.LOWER:
        return {"LOWER": {"IN": list(dict.fromkeys(f.lower() for f in unique))}}
    return {"ORTH": {"IN": unique}}


def name_pattern(name: ActorName, tokenize: Tokenize) -> Pattern:
    words = tokenize(name.surface)
    tokens: list[Pattern] = []
    if words[0].lower() in DEFINITE_ARTICLES and len(words) > 1:
        tokens.append({"LOWER": {"IN": list(DEFINITE_ARTICLES)}})
        words = words[1:]
    if name.casing == Casing.EXACT and name.kind != ActorKind.PERSON:
        # Abbreviations are matched as written, no inflection ("EU", not "Eus").
        tokens.extend({"ORTH": w} for w in words)
    else:
        tokens.extend(_token_pattern(word_forms(words, i, name.kind), name.casing) for i in range(len(words)))
    return {"label": name.kind.value, "id": name.code, "pattern": tokens}


def actor_patterns(tokenize: Tokenize, names: Iterable[ActorName] | None = None) -> list[Pattern]:
    return [name_pattern(n, tokenize) for n in (actor_names() if names is None else names)]
