"""Cue lists that a trigger may require in its clause (`requires:` in the trigger files)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from eventline.events import tokens as tk
from eventline.events.lexicon import cue_file, cue_words

MILITARY_CAPACITY = "military_capacity"
MILITARY_DOMAIN = "military_domain"  # stems: the clause is about weapons ("Start einer Rakete")


@dataclass(frozen=True, slots=True)
class CapacityNouns:
    """`data/cues/military_capacity.yaml`, compiled."""

    prefixes: tuple[str, ...]
    heads: tuple[str, ...]
    words: tuple[str, ...]
    generic_heads: tuple[str, ...]
    domain_stems: tuple[str, ...]  # data/cues/military_domain.yaml


@cache
def capacity_nouns() -> CapacityNouns:
    data = cue_file(MILITARY_CAPACITY)
    return CapacityNouns(
        prefixes=tuple(data["prefixes"]),
        heads=tuple(data["heads"]),
        words=tuple(data["words"]),
        generic_heads=tuple(data["generic_heads"]),
        domain_stems=tuple(sorted(cue_words("military_domain", "stems"))),
    )


def about_weapons(sentence: Span) -> bool:
    stems = capacity_nouns().domain_stems
    return any(stem in t.lower_ for t in sentence for stem in stems)


def is_military_capacity(token: Token, sentence: Span) -> bool:
    """"Rüstungsproduktion", "Militäretat", "Truppen"; plain "Produktion" in a sentence about weapons."""
    if token.tag_ and not tk.is_noun(token):
        return False
    word = token.lower_
    nouns = capacity_nouns()
    if word.endswith(nouns.words):
        return True
    for prefix in nouns.prefixes:
        at = word.find(prefix)
        if at >= 0 and word[at + len(prefix) :].startswith(nouns.heads):
            return True
    return word.endswith(nouns.generic_heads) and about_weapons(sentence)


def cue_present(name: str, tokens: Span, sentence: Span) -> bool:
    """A word of cue list `name` (or a compound ending in one) among `tokens`."""
    if name == MILITARY_CAPACITY:
        return any(is_military_capacity(t, sentence) for t in tokens)
    if name == MILITARY_DOMAIN:
        return about_weapons(tokens)
    words = cue_words(name)
    endings = tuple(words)
    return any(tk.lemma(t) in words or t.lower_.endswith(endings) for t in tokens)
