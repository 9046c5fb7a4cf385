"""Finding trigger words: verbs (also separable ones, "kündigte ... an") and nouns (also compounds,
"Waffenlieferung" for "Lieferung").

Patterns are spaCy Matcher rules built from the lexicon: verbs match on LEMMA or on the lowercased form
(so the infinitive matches without a lemmatizer), nouns match a lowercased compound-suffix regex on the
form or the lemma.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventline.events import tokens as tk
from eventline.events.lexicon import Lexicon, TriggerEntry, TriggerKind, cue_words, load_lexicon

# Noun inflection endings; "er" is left out so that "Besuch" does not match "Besucher".
_NOUN_ENDINGS = "(?:e|en|n|s|es)?"
# A compound's modifier is at least three letters ("Staatsbesuch") or ends in a hyphen ("EU-Gipfel");
# shorter ones are prefixes that change the meaning ("Anreise", "Bedrohung").
_COMPOUND_PREFIX = "(?:.*?-|.{3,}?)??"  # lazy: the longest trigger noun wins ("Aufforderung", not "Forderung")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    token_i: int  # the verb or noun carrying the event
    entry: TriggerEntry
    particle_i: int | None = None  # the separated particle of a particle verb


def noun_pattern(noun: str) -> str:
    return f"^{_COMPOUND_PREFIX}{re.escape(noun.lower())}{_NOUN_ENDINGS}$"


_NOUN_KEY = "TRIGGER_NOUN"


@cache
def _noun_regex(lexicon: Lexicon) -> re.Pattern[str]:
    """All trigger nouns in one compound-suffix alternation; the matched group names the noun."""
    nouns = sorted({e.lemma.lower() for e in lexicon.entries if e.kind is TriggerKind.NOUN}, key=len, reverse=True)
    return re.compile(f"^{_COMPOUND_PREFIX}({'|'.join(map(re.escape, nouns))}){_NOUN_ENDINGS}$")


@cache
def _noun_entries(lexicon: Lexicon) -> dict[str, tuple[TriggerEntry, ...]]:
    by_noun: dict[str, list[TriggerEntry]] = {}
    for entry in lexicon.entries:
        if entry.kind is TriggerKind.NOUN:
            by_noun.setdefault(entry.lemma.lower(), []).append(entry)
    return {noun: tuple(entries) for noun, entries in by_noun.items()}


@cache
def _matcher(vocab: Vocab, lexicon: Lexicon) -> Matcher:
    matcher = Matcher(vocab)
    for entry in lexicon.entries:
        if entry.kind is TriggerKind.VERB:
            matcher.add(entry.key, [[{"LEMMA": entry.lemma}], [{"LOWER": entry.lemma}]])
    regex = _noun_regex(lexicon).pattern
    matcher.add(_NOUN_KEY, [[{"LOWER": {"REGEX": regex}}], [{"LEMMA": {"REGEX": f"(?i){regex}"}}]])
    return matcher


def _matched_nouns(token: Token, lexicon: Lexicon) -> tuple[TriggerEntry, ...]:
    for form in tk.lower_variants(token):
        found = _noun_regex(lexicon).match(form)
        if found and form[: found.start(1)] not in cue_words("separable_particles"):
            return _noun_entries(lexicon)[found.group(1)]
    return ()


def _untagged(token: Token) -> bool:
    return not token.tag_ and not token.pos_


def _kind_fits(token: Token, kind: TriggerKind) -> bool:
    if _untagged(token):
        return True
    return tk.is_noun(token) if kind is TriggerKind.NOUN else tk.is_verb(token) or tk.stts(token) == "ADJD"


def separated_particles(doc: Doc) -> dict[int, Token]:
    """Finite verb index -> its separated particle ("kündigte" -> "an"), looking back within the clause."""
    particles = cue_words("separable_particles")
    found: dict[int, Token] = {}
    for token in doc:
        if not tk.is_separable_particle(token) or token.lower_ not in particles:
            continue
        for left in reversed(doc[token.sent.start : token.i]):
            if tk.is_clause_punct(left):
                break
            if tk.is_finite_verb(left):
                found.setdefault(left.i, token)
                break
    return found


def find_triggers(doc: Doc, lexicon: Lexicon | None = None) -> list[TriggerMatch]:
    """All trigger matches in document order (a token may carry triggers of several types)."""
    lexicon = lexicon or load_lexicon()
    entries = lexicon.by_key()
    particles = separated_particles(doc)
    matches: dict[tuple[int, str], TriggerMatch] = {}
    # allow_missing: Docs without a lemmatizer still match on the lowercased forms
    for match_id, start, _end in _matcher(doc.vocab, lexicon)(doc, allow_missing=True):
        key = doc.vocab.strings[match_id]
        token = doc[start]
        found = _matched_nouns(token, lexicon) if key == _NOUN_KEY else (entries[key],)
        for entry in found:
            if start in particles or not _kind_fits(token, entry.kind):
                continue  # "trifft ... ein" is "eintreffen", not "treffen"
            matches.setdefault((start, entry.key), TriggerMatch(start, entry))
    for token in doc:
        if token.i in particles or not (tk.is_verb(token) or _untagged(token)):
            continue
        for candidate in tk.regular_verb_lemmas(token):
            for entry in _verb_entries(candidate, lexicon):
                matches.setdefault((token.i, entry.key), TriggerMatch(token.i, entry))
    for verb_i, particle in particles.items():
        for entry in _verb_entries(particle.lower_ + tk.lemma(doc[verb_i]), lexicon):
            matches.setdefault((verb_i, entry.key), TriggerMatch(verb_i, entry, particle.i))
    return sorted(matches.values(), key=lambda m: (m.token_i, m.entry.key))


def _verb_entries(composed: str, lexicon: Lexicon) -> Iterator[TriggerEntry]:
    return (e for e in lexicon.entries if e.kind is TriggerKind.VERB and e.lemma == composed)
