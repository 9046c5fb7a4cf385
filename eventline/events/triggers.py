"""Finding trigger words: verbs (also separable ones, "kündigte ... an") and nouns (also compounds,
"Waffenlieferung" for "Lieferung").

Lookups built once from the lexicon: verbs match on the lemma or on the lowercased form (so the infinitive
matches without a lemmatizer) by dictionary; nouns match a lowercased compound-suffix regex on the form or
the lemma, cached per spelling (a token-by-token dictionary walk is several times faster than a spaCy
Matcher with hundreds of patterns).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from eventline.events import tokens as tk
from eventline.events.lexicon import Lexicon, TriggerEntry, TriggerKind, cue_words, load_lexicon

# Noun inflection endings; "er" is left out so that "Besuch" does not match "Besucher".
_NOUN_ENDINGS = "(?:e|en|n|s|es)?"
# A compound's modifier is at least three letters ("Staatsbesuch") or ends in a hyphen ("EU-Gipfel");
# shorter ones are prefixes that change the meaning ("Anreise", "Bedrohung").
_COMPOUND_PREFIX = "(?:.*?-|.{3,}?)??"  # lazy: the longest trigger noun wins ("Aufforderung", not "Forderung")


_DERIVING_PREFIXES = ("ver", "zer")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    token_i: int  # the verb or noun carrying the event
    entry: TriggerEntry
    particle_i: int | None = None  # the separated particle of a particle verb


def noun_pattern(noun: str) -> str:
    return f"^{_COMPOUND_PREFIX}{re.escape(noun.lower())}{_NOUN_ENDINGS}$"


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
def _verb_index(lexicon: Lexicon) -> dict[str, tuple[TriggerEntry, ...]]:
    by_lemma: dict[str, list[TriggerEntry]] = {}
    for entry in lexicon.entries:
        if entry.kind is TriggerKind.VERB:
            by_lemma.setdefault(entry.lemma, []).append(entry)
    return {lemma: tuple(entries) for lemma, entries in by_lemma.items()}


_NOUN_CACHE: dict[tuple[int, str], tuple[TriggerEntry, ...]] = {}


def _nouns_of_form(form: str, lexicon: Lexicon) -> tuple[TriggerEntry, ...]:
    key = (id(lexicon), form)
    found = _NOUN_CACHE.get(key)
    if found is None:
        match = _noun_regex(lexicon).match(form)
        found = ()
        prefix = form[: match.start(1)] if match else ""
        # "Anreise" is no "Reise", "Hoteliervereinigung" no "Einigung": a particle or "ver-"/"zer-" before
        # the noun makes another word
        if match and prefix not in cue_words("separable_particles") and not prefix.endswith(_DERIVING_PREFIXES):
            found = _noun_entries(lexicon)[match.group(1)]
        if len(_NOUN_CACHE) > 200_000:
            _NOUN_CACHE.clear()
        _NOUN_CACHE[key] = found
    return found


def _matched_nouns(token: Token, lexicon: Lexicon) -> tuple[TriggerEntry, ...]:
    for form in tk.lower_variants(token):
        found = _nouns_of_form(form, lexicon)
        if found:
            return found
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
    particles = separated_particles(doc)
    matches: dict[tuple[int, str], TriggerMatch] = {}
    verbs = _verb_index(lexicon)
    for token in doc:
        start = token.i
        found = list(_matched_nouns(token, lexicon)) if tk.is_noun(token) or _untagged(token) else []
        for form in dict.fromkeys((token.lemma_, token.lower_)):
            found.extend(verbs.get(form, ()))
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


def _verb_entries(composed: str, lexicon: Lexicon) -> tuple[TriggerEntry, ...]:
    return _verb_index(lexicon).get(composed, ())
