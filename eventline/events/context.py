"""PLOVER context flags of an event from its clause, the clauses governing it and its date.

- future: "werde besuchen", "plant, ... zu erhöhen", "soll", "bevorstehende", or a date after publication;
- hypothetical: subjunctive II ("könnte", "würde"), "falls"/"wenn" clauses, hedges ("möglicherweise");
- negated: "nicht", "kein", "nie" in the clause ("nicht nur" is no negation);
- reported: inside quotes, in a clause governed by a speech verb or report noun ("sagte, dass",
  "Berichte, dass"), before an inverted attribution (", sagte er", ", hieß es", ", so ein Verbündeter"),
  or marked "laut"/"zufolge"/"angeblich";
- historical: dated more than a year before publication.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventline.events import tokens as tk
from eventline.events.clauses import Clause, ClauseKind
from eventline.events.lexicon import cue_words
from schemas import Context

HISTORICAL_AFTER = timedelta(days=365)
_CONTENT_OPENERS = frozenset({"dass", "daß", "ob"})  # clauses that can be what someone said


def _words(doc: Doc, clause: Clause) -> Span:
    return doc[clause.start : clause.end]


def _ancestors(clauses: Sequence[Clause], index: int) -> list[Clause]:
    chain = []
    parent = clauses[index].parent
    while parent is not None:
        chain.append(clauses[parent])
        parent = clauses[parent].parent
    return chain


def _has_lemma(span: Span, lemmas: frozenset[str], skip: int | None = None) -> bool:
    """A verb of `lemmas` in the span, particle verbs included ("kündigte ... an" is "ankündigen")."""
    return any(lemma in lemmas for t in span if t.i != skip for lemma in tk.verb_lemmas(t, span))


def _werden_future(span: Span) -> bool:
    finite_werden = any(tk.lemma(t) == "werden" and tk.is_finite_verb(t) for t in span)
    infinitive = any(tk.stts(t) in {"VVINF", "VAINF", "VMINF"} for t in span)
    return finite_werden and infinitive and not any(tk.is_participle(t) for t in span)


def is_future(doc: Doc, clauses: Sequence[Clause], index: int, trigger: Token) -> bool:
    span = _words(doc, clauses[index])
    if _werden_future(span) or any(t.lower_ in cue_words("future") for t in span):
        return True
    if _has_lemma(span, cue_words("future", "verbs"), skip=trigger.i):
        return True
    clause = clauses[index]
    if clause.kind in (ClauseKind.INFINITIVE, ClauseKind.SUBORDINATE) and clause.parent is not None:
        return _has_lemma(_words(doc, clauses[clause.parent]), cue_words("future", "verbs"))
    return False


def is_hypothetical(doc: Doc, clause: Clause) -> bool:
    if clause.kind is ClauseKind.CONDITIONAL:
        return True
    return any(t.lower_ in cue_words("hypothetical") for t in _words(doc, clause))


def is_negated(doc: Doc, clause: Clause) -> bool:
    span = _words(doc, clause)
    for token in span:
        if token.lower_ in cue_words("negation"):
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if following not in cue_words("negation", "not_before"):
                return True
    return False


def _attribution_follows(doc: Doc, clauses: Sequence[Clause], index: int) -> bool:
    """", sagte er" / ", hieß es" / ", so ein Verbündeter von X" after the event's clause."""
    for later in clauses[index + 1 :]:
        words = [t for t in _words(doc, later) if not tk.is_quote(t) and not tk.is_clause_punct(t)]
        if not words:
            continue
        first = words[0]
        if tk.is_finite_verb(first) and tk.lemma(first) in cue_words("reporting", "verbs"):
            return True
        if first.lower_ in cue_words("reporting", "attribution_adverbs") and not any(
            tk.is_finite_verb(t) for t in words[1:]
        ):
            return True
    return False


def _so_attribution_follows(sentence: Span, trigger: Token) -> bool:
    """"..., so ein Verbündeter von X." closes the sentence: everything before it is X's claim."""
    words = list(sentence)
    for position, token in enumerate(words[:-1]):
        if token.i > trigger.i and token.text == "," and words[position + 1].lower_ in cue_words(
            "reporting", "attribution_adverbs"
        ):
            return not any(tk.is_finite_verb(t) for t in words[position + 2 :])
    return False


def is_reported(doc: Doc, sentence: Span, clauses: Sequence[Clause], index: int, trigger: Token) -> bool:
    clause = clauses[index]
    span = _words(doc, clause)
    if any(t.lower_ in cue_words("reporting") for t in span) or tk.inside_quotes(sentence, trigger):
        return True
    pairs = {f"{a.lower_} {b.lower_}" for a, b in zip(span, span[1:])}
    if pairs & cue_words("reporting", "phrases"):
        return True
    if _so_attribution_follows(sentence, trigger):
        return True
    if _attribution_follows(doc, clauses, index):
        return True
    content_clause = clause.kind is ClauseKind.MAIN or (
        clause.kind is ClauseKind.SUBORDINATE and clause.opener in _CONTENT_OPENERS
    )
    if content_clause and clause.parent is not None:
        reporting = cue_words("reporting", "verbs") | cue_words("reporting", "nouns")
        return any(_has_lemma(_words(doc, c), reporting) or
                   any(t.lower_ in reporting for t in _words(doc, c)) for c in _ancestors(clauses, index))
    return False


def is_historical(event_end: date | None, published: date | None) -> bool:
    # A difference of dates, not `published - HISTORICAL_AFTER`, which overflows before year 2.
    return event_end is not None and published is not None and published - event_end > HISTORICAL_AFTER


def context_flags(doc: Doc, sentence: Span, clauses: Sequence[Clause], index: int, trigger: Token, *,
                  future_date: bool, event_end: date | None, published: date | None) -> tuple[Context, ...]:
    flags = []
    if future_date or is_future(doc, clauses, index, trigger):
        flags.append(Context.FUTURE)
    if is_hypothetical(doc, clauses[index]):
        flags.append(Context.HYPOTHETICAL)
    if is_negated(doc, clauses[index]):
        flags.append(Context.NEGATED)
    if is_reported(doc, sentence, clauses, index, trigger):
        flags.append(Context.REPORTED)
    if is_historical(event_end, published):
        flags.append(Context.HISTORICAL)
    return tuple(flags)
