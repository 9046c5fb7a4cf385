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

from spacy.tokens import Doc, Span

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


Forms = Sequence[tuple[str, ...]]  # per token of a clause: its lowercased form and lemma


def clause_forms(tokens: Span) -> list[tuple[str, ...]]:
    return [tk.lower_variants(t) for t in tokens]


def _phrase_in(forms: Forms, phrase: Phrase) -> bool:
    n = len(phrase)
    first = phrase[0]
    for i in range(len(forms) - n + 1):
        if any(first.match(f) for f in forms[i]) and all(
            any(phrase[k].match(f) for f in forms[i + k]) for k in range(1, n)
        ):
            return True
    return False


def words_present(spec: str, tokens: Span, forms: Forms | None = None) -> bool:
    forms = clause_forms(tokens) if forms is None else forms
    return any(_phrase_in(forms, phrase) for phrase in compile_words(spec))


def conditions_met(entry: TriggerEntry, doc: Doc, clause: Clause, sentence: Span, forms: Forms | None = None) -> bool:
    """The entry's cue lists, prepositions, words and reflexive, all within the clause."""
    tokens = doc[clause.start : clause.end]
    if not all(cue_present(name, tokens, sentence) for name in entry.requires):
        return False
    if entry.requires_preposition or entry.forbids_preposition:
        prepositions = {t.lower_ for t in tokens if tk.is_preposition(t) or not t.tag_}
        if entry.forbids_preposition and prepositions.intersection(entry.forbids_preposition):
            return False
        if entry.requires_preposition and not prepositions.intersection(entry.requires_preposition):
            return False
    if entry.reflexive and not any(t.lower_ in _REFLEXIVES for t in tokens):
        return False
    if not entry.words:
        return True
    forms = clause_forms(tokens) if forms is None else forms
    return all(words_present(spec, tokens, forms) for spec in entry.words)


def holding_matches(doc: Doc, clause: Clause, sentence: Span, matches: Sequence[TriggerMatch]) -> list[TriggerMatch]:
    """The clause's matches whose conditions hold, after constructions chose or vetoed types."""
    forms = clause_forms(doc[clause.start : clause.end]) if any(m.entry.words for m in matches) else None
    holding = [m for m in matches if conditions_met(m.entry, doc, clause, sentence, forms)]
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
