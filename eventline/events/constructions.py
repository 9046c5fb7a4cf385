"""Which trigger matches of a clause hold: an entry's conditions, and multi-word constructions.

A trigger's verb is found on the lemma layer (`triggers.py`: lemma, separated particle, regular
inflection); what makes it a construction is checked here, within the verb's clause, in any order and
at any distance, so discontinuous and separable forms match: "stellte den Minister gestern zur Rede",
"setzte sich im Rat für die Ukraine ein", "nahm drei Aktivisten in Gewahrsam".

- `words`: each is one or more alternative phrases ("in Gewahrsam|in Haft"); a phrase matches consecutive
  tokens by lowercased form or lemma; a capitalized word also matches a compound ending in it with an
  inflection ending ("Kritik" matches "Fundamentalkritik"), as trigger nouns do;
- `reflexive`: a reflexive pronoun stands in the clause;
- prepositions, cue lists: as for single-word entries.

Where a construction holds on a token, the token's single-word entries of other types do not fire (the
construction chose the type: "sich einsetzen für" is SUPPORT, not "einsetzen gegen" ASSAULT); where a veto
construction holds, its type's entries on the token do not fire ("Es droht eine Hungersnot").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventline.events import tokens as tk
from eventline.events.clauses import Clause
from eventline.events.cues import cue_present
from eventline.events.lexicon import TriggerEntry
from eventline.events.triggers import TriggerMatch, noun_pattern

_REFLEXIVES = frozenset({"sich", "mich", "dich", "uns", "euch"})

Phrase = tuple[re.Pattern[str], ...]


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    if word[:1].isupper():
        return re.compile(noun_pattern(word))
    return re.compile(f"^{re.escape(word.lower())}$")


@cache
def compile_words(spec: str) -> tuple[Phrase, ...]:
    """"in Gewahrsam|in Haft" -> the alternative phrases, one pattern per token."""
    return tuple(tuple(_word_pattern(w) for w in alternative.split()) for alternative in spec.split("|"))


def _token_fits(token: Token, pattern: re.Pattern[str]) -> bool:
    return any(pattern.match(form) for form in tk.lower_variants(token))


def _phrase_in(tokens: Span, phrase: Phrase) -> bool:
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if all(_token_fits(tokens[i + k], phrase[k]) for k in range(n)):
            return True
    return False


def words_present(spec: str, tokens: Span) -> bool:
    return any(_phrase_in(tokens, phrase) for phrase in compile_words(spec))


def conditions_met(entry: TriggerEntry, doc: Doc, clause: Clause, sentence: Span) -> bool:
    """The entry's cue lists, prepositions, words and reflexive, all within the clause."""
    tokens = doc[clause.start : clause.end]
    if not all(cue_present(name, tokens, sentence) for name in entry.requires):
        return False
    prepositions = {t.lower_ for t in tokens if tk.is_preposition(t) or not t.tag_}
    if entry.forbids_preposition and prepositions.intersection(entry.forbids_preposition):
        return False
    if entry.requires_preposition and not prepositions.intersection(entry.requires_preposition):
        return False
    if entry.reflexive and not any(t.lower_ in _REFLEXIVES for t in tokens):
        return False
    return all(words_present(spec, tokens) for spec in entry.words)


def holding_matches(doc: Doc, clause: Clause, sentence: Span, matches: Sequence[TriggerMatch]) -> list[TriggerMatch]:
    """The clause's matches whose conditions hold, after constructions chose or vetoed types."""
    holding = [m for m in matches if conditions_met(m.entry, doc, clause, sentence)]
    vetoed = {(m.token_i, m.entry.event_type) for m in holding if m.entry.veto}
    chosen = {m.token_i for m in holding if m.entry.is_construction and not m.entry.veto}
    kept = []
    for match in holding:
        if match.entry.veto or (match.token_i, match.entry.event_type) in vetoed:
            continue
        if match.token_i in chosen and not match.entry.is_construction:
            continue
        kept.append(match)
    return kept
