"""SpanRuler phrase patterns generated from the actor dictionary, with German inflection.

Forms are spelled out rather than lemmatized so that matching does not depend on the tagger:
a name's last word takes the genitive (-s, -es), capitalized adjectives inside a name take the
adjective endings ("Europäischen Union", "Weißen Hauses"), and demonym stems take all adjective
endings ("russische", "russischen", ...). A leading article in the data ("der Westen") must be
present in the text in some case form; the entity component trims it off again.

Phrase patterns (PhraseMatcher) rather than token patterns with IN-sets: the latter made the
Matcher the slowest part of the pipeline (two thirds of its time with ~1,300 names).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import product
from typing import Any

from eventline.actors.dictionary import ActorKind, ActorName, Casing, actor_names

Pattern = dict[str, Any]
Word = tuple[str, str]  # (text, whitespace after it)
Tokenize = Callable[[str], list[Word]]

ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
DEFINITE_ARTICLES = ("der", "die", "das", "den", "dem", "des")
# Nouns ending in a sibilant take -es in the genitive ("des Hauses"), others -s ("Russlands").
SIBILANT_ENDINGS = ("s", "ß", "x", "z")


def genitive_forms(word: str) -> list[str]:
    if word.endswith(SIBILANT_ENDINGS):
        return [word, word + "es"]
    # After -t/-d both: "Griechenlands"/"Griechenlandes", "Sicherheitsrats"/"Sicherheitsrates", "Staates".
    if word.endswith(("t", "d")):
        return [word, word + "s", word + "es"]
    if not word[-1:].isalpha():
        return [word]
    return [word, word + "s"]


def adjective_stem(word: str) -> str | None:
    """Stem of an inflected attributive adjective ("Europäische" → "Europäisch"), None for other words."""
    for ending in ("es", "er", "en", "em", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return None


def adjective_forms(stem: str) -> list[str]:
    return [stem + ending for ending in ADJECTIVE_ENDINGS]


def word_forms(words: list[str], position: int, kind: ActorKind) -> list[str]:
    word = words[position]
    if kind == ActorKind.DEMONYM:
        return adjective_forms(word)
    if position == len(words) - 1:
        return genitive_forms(word)
    if kind != ActorKind.PERSON and word[:1].isupper():
        stem = adjective_stem(word)
        if stem is not None:
            return adjective_forms(stem)
    return [word]


def surface_forms(name: ActorName, tokenize: Tokenize) -> Iterator[str]:
    """Every inflected spelling of a name, with its own spacing between words."""
    words = tokenize(name.surface)
    article = words[0][0] in DEFINITE_ARTICLES and len(words) > 1
    if article:
        words = words[1:]
    texts = [text for text, _ in words]
    if name.casing == Casing.EXACT and name.kind != ActorKind.PERSON:
        alternatives = [[t] for t in texts]  # abbreviations as written: "EU", never "EUs"
    else:
        alternatives = [word_forms(texts, i, name.kind) for i in range(len(texts))]
    spaces = [space for _, space in words]
    for combination in product(*alternatives):
        phrase = "".join(form + space for form, space in zip(combination, spaces, strict=True)).strip()
        if not article:
            yield phrase
        else:
            yield from (f"{a} {phrase}" for a in DEFINITE_ARTICLES)


def name_patterns(name: ActorName, tokenize: Tokenize) -> list[Pattern]:
    return [{"label": name.kind.value, "id": name.code, "pattern": form}
            for form in dict.fromkeys(surface_forms(name, tokenize))]


def actor_patterns(tokenize: Tokenize, casing: Casing, names: Iterable[ActorName] | None = None) -> list[Pattern]:
    """Phrase patterns for the names compared with text in `casing` (one ruler per casing)."""
    chosen = actor_names() if names is None else names
    return [p for n in chosen if n.casing == casing for p in name_patterns(n, tokenize)]
