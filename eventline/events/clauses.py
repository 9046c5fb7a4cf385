"""Splitting a sentence into clauses without a parser.

A clause boundary is a comma (or colon, semicolon, dash, bracket) before a word that opens a clause: a
subordinating conjunction ("dass", "nachdem", "falls"), a relative pronoun ("die", "bei dem"), a
zu-infinitive, a coordinated finite verb ("und kündigte"), or a new finite verb. A coordinator directly
followed by a finite verb opens a clause without a comma. Segments without a verb (appositions such as
", der ehemalige Präsident,") stay in the clause they stand in, and a clause that has no verb yet
absorbs what follows, except across a dash ("Moskau (dpa) - ...", "Krieg in Nahost – ...").
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Span, Token

from eventline.events import tokens as tk
from eventline.events.lexicon import cue_words


class ClauseKind(StrEnum):
    MAIN = "main"
    SUBORDINATE = "subordinate"  # dass, nachdem, während, ...
    CONDITIONAL = "conditional"  # falls, wenn, sofern
    RELATIVE = "relative"
    INFINITIVE = "infinitive"  # ", seinen Etat zu erhöhen"
    PURPOSE = "purpose"  # ", um Peking zu drängen"
    COORDINATED = "coordinated"  # "und kündigte ... an": shares the subject of its main clause


# "..., was Washington bestreitet": after a comma these open a relative clause about what precedes.
_RELATIVE_WH = frozenset({"was", "wogegen", "worauf", "woraufhin", "wovon", "womit", "worüber"})


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # document token index
    end: int  # exclusive
    kind: ClauseKind
    opener: str  # lowercased word that opened the clause ("" for a sentence's first clause)
    parent: int | None  # index of the governing clause in the sentence's clause list

    def contains(self, token_i: int) -> bool:
        return self.start <= token_i < self.end


@dataclass(frozen=True, slots=True)
class _Segment:
    start: int
    end: int
    kind: ClauseKind | None  # None: does not open a clause
    opener: str
    has_verb: bool


def _content_tokens(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not tk.is_quote(t) and not tk.is_clause_punct(t)]


def _classify(tokens: list[Token], after_punct: bool) -> tuple[ClauseKind | None, str]:
    words = _content_tokens(tokens)
    if not words:
        return None, ""
    first = words[0]
    second = words[1] if len(words) > 1 else None
    opener = first.lower_
    if tk.is_coordinator(first) and second is not None:
        if tk.is_subordinator(second, after_comma=True):
            return _subordinate_kind(second.lower_), second.lower_
        if after_punct or any(tk.is_finite_verb(t) for t in words[1:]):
            return ClauseKind.COORDINATED, opener
    if tk.is_relative_pronoun(first) or (after_punct and opener in _RELATIVE_WH) or (
        tk.is_preposition(first) and second is not None and tk.is_relative_pronoun(second)
    ):
        return ClauseKind.RELATIVE, opener
    if opener in cue_words("subordinators", "purpose") and any(tk.is_zu_infinitive(t) for t in words):
        return ClauseKind.PURPOSE, opener
    if tk.is_subordinator(first, after_comma=after_punct):
        return _subordinate_kind(opener), opener
    # main and infinitive clauses are not opened by a conjunction: their first word is content
    if any(tk.is_finite_verb(t) for t in words):
        return ClauseKind.MAIN, ""
    if any(tk.is_zu_infinitive(t) for t in words):
        return ClauseKind.INFINITIVE, ""
    return None, ""


def _subordinate_kind(opener: str) -> ClauseKind:
    if opener in cue_words("subordinators", "conditional"):
        return ClauseKind.CONDITIONAL
    if opener in cue_words("subordinators", "purpose"):
        return ClauseKind.PURPOSE
    return ClauseKind.SUBORDINATE


def _segment(sent: Span, start: int, end: int) -> _Segment:
    tokens = list(sent.doc[start:end])
    after_punct = start > sent.start and tk.is_clause_punct(sent.doc[start - 1])
    kind, opener = _classify(tokens, after_punct)
    return _Segment(start, end, kind, opener, any(tk.is_verb(t) for t in tokens))


def _coordinated_main_clauses(sent: Span, seg: _Segment) -> list[int]:
    """Split points in a main clause before "und/aber/oder" with a finite verb on both sides
    ("traf auf Widerstand und Piłsudski besuchte die Front"). Verb-final clauses are left whole: there
    the coordinated verbs share the subject ("dass Fabriken die Produktion steigerten und Waffen bauten")."""
    if seg.kind is not ClauseKind.MAIN:
        return []
    doc = sent.doc
    points = []
    for token in doc[seg.start : seg.end]:
        if token.i == seg.start or not tk.is_coordinator(token):
            continue
        left = doc[points[-1] if points else seg.start : token.i]
        right = doc[token.i + 1 : seg.end]
        if any(tk.is_finite_verb(t) for t in left) and any(tk.is_finite_verb(t) for t in right):
            points.append(token.i)
    return points


def _segments(sent: Span) -> list[_Segment]:
    bounds: list[int] = [sent.start]
    for token in sent:
        if tk.is_clause_punct(token):
            bounds.append(token.i + 1)
        elif (token.i > sent.start and token.i + 1 < sent.end and tk.is_coordinator(token)
              and tk.is_finite_verb(token.doc[token.i + 1])):
            bounds.append(token.i)
    bounds.append(sent.end)
    segments = []
    for start, end in zip(bounds, bounds[1:]):
        if start >= end:
            continue
        seg = _segment(sent, start, end)
        points = _coordinated_main_clauses(sent, seg)
        if not points:
            segments.append(seg)
            continue
        cuts = [start, *points, end]
        segments.extend(_segment(sent, a, b) for a, b in zip(cuts, cuts[1:]) if a < b)
    return segments


def split_clauses(sent: Span) -> list[Clause]:
    merged: list[_Segment] = []
    doc = sent.doc
    for seg in _segments(sent):
        # "Moskau (dpa) - Die Ukraine hat ...": a verbless lead-in closed by a dash is a dateline or kicker
        # (a clause opened by a conjunction or pronoun is no lead-in: "als der Rat – mit China – ... verhängte")
        lead_in = (bool(merged) and not merged[-1].has_verb and merged[-1].kind in (None, ClauseKind.MAIN)
                   and tk.is_dash(doc[seg.start - 1]))
        if merged and not lead_in and (seg.kind is None or not merged[-1].has_verb):
            last = merged[-1]
            kind = last.kind if last.kind is not None else seg.kind
            merged[-1] = _Segment(last.start, seg.end, kind, last.opener, last.has_verb or seg.has_verb)
        else:
            merged.append(seg)
    clauses: list[Clause] = []
    for index, seg in enumerate(merged):
        kind = seg.kind or ClauseKind.MAIN
        if index == 0 and kind is ClauseKind.COORDINATED:
            kind = ClauseKind.MAIN  # "Aber Selensky begrüßte ...": a sentence-initial coordinator
        clauses.append(Clause(seg.start, seg.end, kind, seg.opener if index else "", _parent(clauses, kind)))
    return clauses


def _parent(previous: list[Clause], kind: ClauseKind) -> int | None:
    if not previous:
        return None
    if kind is ClauseKind.COORDINATED:
        mains = [i for i, c in enumerate(previous) if c.kind is ClauseKind.MAIN]
        return mains[-1] if mains else len(previous) - 1
    return len(previous) - 1
