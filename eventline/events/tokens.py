"""Part-of-speech tests on spaCy tokens that work with STTS tags (HanTa, TIGER models) and UD POS.

The taggers write plain STTS ("VVFIN"): the HanTa component and the fast tagger normalize HanTa's
bracketed spelling ("VV(FIN)") before the event stage reads the tags. Morphological features (a user's
spaCy model) are read only where a token has them: building a token's empty analysis costs more than the
tag test itself, on every token of every clause.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from eventline.events.lexicon import cue_words

_PRONOUN_SUBJECTS = frozenset({"er", "sie", "es", "ich", "wir", "ihr"})
_QUOTES = frozenset('„“”"‚‘’«»‹›')
_OPENING_QUOTES = frozenset("„«‹‚")
_CLOSING_QUOTES = frozenset("“»›‘")


def stts(token: Token) -> str:
    return token.tag_


def lemma(token: Token) -> str:
    """Lowercased lemma, or the lowercased form where no lemmatizer ran."""
    return (token.lemma_ or token.text).lower()


def is_finite_verb(token: Token) -> bool:
    tag = stts(token)
    if tag:
        return tag in {"VVFIN", "VAFIN", "VMFIN"}
    return token.has_morph() and "Fin" in token.morph.get("VerbForm")


def is_verb(token: Token) -> bool:
    tag = stts(token)
    if tag:
        return tag.startswith(("VV", "VA", "VM"))
    return token.pos_ in {"VERB", "AUX"}


def is_participle(token: Token) -> bool:
    return stts(token) in {"VVPP", "VAPP", "VMPP"} or token.has_morph() and "Part" in token.morph.get("VerbForm")


def is_noun(token: Token) -> bool:
    tag = stts(token)
    if tag:
        return tag in {"NN", "NE", "NNA"}
    return token.pos_ in {"NOUN", "PROPN"}


def is_preposition(token: Token) -> bool:
    tag = stts(token)
    if tag == "FM":  # "Budapest – In Budapest": a capitalized preposition after a dash read as foreign
        return token.lower_ in cue_words("prepositions", "closed_class")
    if tag:
        return tag in {"APPR", "APPRART", "APPO"}
    return token.pos_ == "ADP"


def is_relative_pronoun(token: Token) -> bool:
    tag = stts(token)
    return tag in {"PRELS", "PRELAT"} or token.has_morph() and "Rel" in token.morph.get("PronType")


def is_subordinator(token: Token, after_comma: bool) -> bool:
    word = token.lower_
    if word not in cue_words("subordinators"):
        return False
    tag = stts(token)
    if word in {"als", "da", "wie", "bis", "seit", "trotzdem"}:
        # ambiguous with prepositions, comparisons and adverbs
        return tag == "KOUS" or (not tag and after_comma)
    return tag in {"", "KOUS", "KOUI", "PWAV", "PAV", "ADV", "SCONJ"} or token.pos_ == "SCONJ"


def is_coordinator(token: Token) -> bool:
    return token.lower_ in cue_words("coordinators") and stts(token) in {"", "KON", "CCONJ"}


def is_zu_infinitive(token: Token) -> bool:
    """"aufzubauen", or the "zu" before an infinitive ("zu erhöhen")."""
    tag = stts(token)
    if tag:
        return tag in {"VVIZU", "PTKZU"}
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "zu" and following is not None and following.pos_ in {"VERB", "AUX"}


def is_separable_particle(token: Token) -> bool:
    tag = stts(token)
    if tag:
        return tag == "PTKVZ"
    return token.dep_ in {"svp", "compound:prt"}


def is_pronoun_subject(token: Token) -> bool:
    return token.lower_ in _PRONOUN_SUBJECTS and stts(token) in {"", "PPER", "PRON"}


def is_quote(token: Token) -> bool:
    return token.text in _QUOTES


_DASHES = frozenset({"–", "—", "-"})


def is_dash(token: Token) -> bool:
    return token.text in _DASHES


def is_clause_punct(token: Token) -> bool:
    return token.text in {",", ";", ":", "(", ")"} or is_dash(token)


def lower_variants(token: Token) -> tuple[str, ...]:
    """Lowercased form and lemma, the two spellings lexicons are matched against."""
    return tuple(dict.fromkeys((token.lower_, lemma(token))))


_WEAK_ENDINGS = ("test", "tet", "ten", "te", "st", "t", "en", "e")


def regular_verb_lemmas(token: Token) -> tuple[str, ...]:
    """Infinitives a weak verb form may come from, for forms the lemmatizer left alone
    ("verzehnfacht" -> "verzehnfachen", "gewarnt" -> "warnen")."""
    word = token.lower_
    if lemma(token) != word or (token.tag_ and not is_verb(token)):
        return ()
    stems = [word[2:]] if word.startswith("ge") else []
    candidates = []
    for source in (word, *stems):
        for ending in _WEAK_ENDINGS:
            if source.endswith(ending) and len(source) > len(ending) + 2:
                stem = source[: -len(ending)]
                candidates.extend((stem + "en", stem + "n"))
    return tuple(dict.fromkeys(c for c in candidates if c != word))


def verb_lemmas(token: Token, clause: Span) -> tuple[str, ...]:
    """The token's lemma, and for a finite verb whose particle stands later in the clause also the
    particle verb's ("kündigte" with "an" -> "ankündigen")."""
    own = lemma(token)
    if not is_finite_verb(token):
        return (own,)
    particle = next((t for t in clause if t.i > token.i and is_separable_particle(t)), None)
    return (own, particle.lower_ + own) if particle is not None else (own,)


def inside_quotes(sentence: Span, token: Token) -> bool:
    """Within „...“ in its sentence (or before a closing quote whose opening lies in an earlier sentence)."""
    depth = 0
    for before in sentence[: token.i - sentence.start]:
        if before.text in _OPENING_QUOTES:
            depth += 1
        elif before.text in _CLOSING_QUOTES and depth:
            depth -= 1
    rest = sentence[token.i - sentence.start :]
    closes_later = any(t.text in _CLOSING_QUOTES for t in rest)
    return depth > 0 or (closes_later and not any(t.text in _OPENING_QUOTES for t in sentence))
