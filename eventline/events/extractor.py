"""Events from a spaCy Doc and its temporal expressions.

For every trigger in the article body: check the trigger's conditions (cue words, a recipient), split its
sentence into clauses, find actor/recipient/location, date it from its clause's time expression, flag its
context, and finally merge mentions of the same event.

Precision rules, each a general property of news German:
- an event needs an actor (who acts); a trigger marked `needs_recipient` also needs a recipient; actor or
  recipient must carry an actor code;
- a noun trigger inside a prepositional phrase ("bei seinen Auslandsbesuchen", "vor Mobilmachung") is
  background, not news, unless its own phrase names the actor ("Trotz westlicher Sanktionen"); elsewhere
  it takes the clause's subject as actor only as the object of a support verb ("plant eine Erhöhung");
- purpose clauses ("um Peking zu drängen") and the content of a request, threat or refusal
  ("forderte Peking auf, keine Waffen zu liefern") are intentions, not events;
- one event per type and clause, verbs before nouns ("nahm an einem Treffen teil").

Confidence = 0.3 + 0.25 (actor has a code) + 0.1 (recipient has a code) + 0.1 (date from the text)
+ 0.1 (verb trigger) + 0.15 (arguments read from a dependency parse); at most 1.0.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventline.events import tokens as tk
from eventline.events.arguments import (
    Arguments,
    EntityIndex,
    Mention,
    PronounResolver,
    find_arguments,
    in_prepositional_phrase,
    subject_ellipsis,
)
from eventline.events.clauses import Clause, ClauseKind, split_clauses
from eventline.events.context import context_flags
from eventline.events.dating import date_event, reference_adverbs
from eventline.events.dedup import Candidate, deduplicate
from eventline.events.cues import about_weapons, cue_present
from eventline.events.lexicon import Lexicon, TriggerEntry, TriggerKind, cue_words, load_lexicon
from eventline.events.triggers import TriggerMatch, find_triggers
from schemas import DateSource, Event, EventType, Timex

# Types whose infinitive complement is what is asked, threatened or refused, not something that happened.
_CONTENT_GOVERNORS = frozenset({EventType.REQUEST, EventType.THREATEN, EventType.REJECT, EventType.ACCUSE,
                                EventType.SUPPORT})
_INHERITING = frozenset({ClauseKind.COORDINATED, ClauseKind.INFINITIVE, ClauseKind.PURPOSE})
# How far a relative clause may start after a noun trigger to describe it ("Großmanöver der USA und Südkoreas, das").
_NOUN_PHRASE_TOKENS = 8


@dataclass(slots=True)
class _SentenceView:
    """A sentence's clauses and, filled in clause by clause, each clause's actor (for inheritance)."""

    sentence: Span
    clauses: list[Clause]
    clause_actor: list[Mention | None]


def event_id(doc_id: str, trigger_start: int, event_type: EventType) -> str:
    return hashlib.sha1(f"{doc_id}|{trigger_start}|{event_type}".encode()).hexdigest()[:16]


def confidence(actor: Mention | None, recipient: Mention | None, text_dated: bool, verb: bool,
               parsed: bool) -> float:
    score = 0.3 + 0.25 * bool(actor and actor.code) + 0.1 * bool(recipient and recipient.code)
    score += 0.1 * text_dated + 0.1 * verb + 0.15 * parsed
    return round(min(score, 1.0), 3)


def _conditions_met(entry: TriggerEntry, doc: Doc, clause: Clause, sentence: Span) -> bool:
    tokens = doc[clause.start : clause.end]
    if not all(cue_present(name, tokens, sentence) for name in entry.requires):
        return False
    prepositions = {t.lower_ for t in tokens if tk.is_preposition(t) or not t.tag_}
    if entry.forbids_preposition and prepositions.intersection(entry.forbids_preposition):
        return False
    return not entry.requires_preposition or bool(prepositions.intersection(entry.requires_preposition))


def _clause_index(clauses: Sequence[Clause], token_i: int) -> int:
    return next(i for i, c in enumerate(clauses) if c.contains(token_i))


def _clause_anchor(doc: Doc, clause: Clause) -> Token:
    return next((t for t in doc[clause.start : clause.end] if tk.is_finite_verb(t)),
                next((t for t in doc[clause.start : clause.end] if tk.is_verb(t)), doc[clause.start]))


def _timexes_in(doc: Doc, clause: Clause, timexes: Sequence[Timex]) -> list[Timex]:
    start, end = doc[clause.start].idx, doc[clause.end - 1].idx + len(doc[clause.end - 1])
    return [t for t in timexes if start <= t.start and t.end <= end]


def _has_time_words(doc: Doc, clause: Clause, timexes: Sequence[Timex]) -> bool:
    return bool(_timexes_in(doc, clause, timexes)) or bool(reference_adverbs(doc[clause.start : clause.end]))


def _time_clause(doc: Doc, view: _SentenceView, clause: Clause, trigger: Token, timexes: Sequence[Timex],
                 inherits: bool) -> Clause:
    """The clause whose time words date the event: its own; else the governing clause of a clause that shares
    its subject; else, for a noun, a relative clause right after its phrase ("ein Manöver, das derzeit läuft")."""
    if _has_time_words(doc, clause, timexes):
        return clause
    if inherits:
        return view.clauses[clause.parent]  # type: ignore[index]
    if tk.is_noun(trigger):
        for other in view.clauses:
            between = doc[trigger.i + 1 : other.start]
            if (other.kind is ClauseKind.RELATIVE and 0 < other.start - trigger.i <= _NOUN_PHRASE_TOKENS
                    and not any(tk.is_verb(t) for t in between)):
                return other
    return clause


def _governed_content(view: _SentenceView, index: int, triggers: Sequence[TriggerMatch]) -> bool:
    clause = view.clauses[index]
    if clause.kind is not ClauseKind.INFINITIVE or clause.parent is None:
        return False
    parent = view.clauses[clause.parent]
    return any(parent.contains(m.token_i) and m.entry.event_type in _CONTENT_GOVERNORS for m in triggers)


def _background_noun(doc: Doc, match: TriggerMatch, clause: Clause, args: Arguments) -> bool:
    """A trigger noun whose phrase does not name its actor is an event of the clause's subject only as the
    object of a support verb ("plant eine Erhöhung"), never inside a prepositional phrase."""
    if match.entry.kind is not TriggerKind.NOUN or args.actor_in_phrase:
        return False
    if in_prepositional_phrase(doc, match.token_i, clause.start):
        return True
    words = doc[clause.start : clause.end]
    support = cue_words("support_verbs", "verbs")
    return not any(lemma in support for t in words if tk.is_verb(t) for lemma in tk.verb_lemmas(t, words))


def _build(index: EntityIndex, view: _SentenceView, match: TriggerMatch, lexicon: Lexicon,
           timexes: Sequence[Timex], resolver: PronounResolver, doc_id: str, published: date | None) -> tuple[Candidate, bool] | None:
    doc = index.doc
    entry = match.entry
    position = _clause_index(view.clauses, match.token_i)
    clause = view.clauses[position]
    if clause.kind is ClauseKind.PURPOSE or not _conditions_met(entry, doc, clause, view.sentence):
        return None
    trigger = doc[match.token_i]
    profile = lexicon.profiles[entry.event_type]
    args = find_arguments(index, trigger, clause, resolver, coactor_is_recipient=profile.reciprocal)
    if _background_noun(doc, match, clause, args):
        return None
    actor, recipient, location = args.actor, args.recipient, args.location
    inherits = clause.kind in _INHERITING and clause.parent is not None
    if actor is None and inherits and subject_ellipsis(doc, clause):
        actor = view.clause_actor[clause.parent]  # type: ignore[index]
    if (actor is None or not actor.code) and profile.location_is_actor and location is not None:
        actor = location
    if not profile.takes_recipient:
        recipient = None
    event_type, mode = entry.event_type, entry.mode
    if profile.weapons_mode and about_weapons(doc[clause.start : clause.end]):
        mode = profile.weapons_mode
    abroad = profile.located_abroad
    if abroad and actor and actor.code and location and location.code and location.code != actor.code:
        event_type, mode, recipient = abroad.event_type, abroad.mode, location
    if recipient is not None and actor is not None and recipient.code == actor.code:
        recipient = None
    if actor is None or (entry.needs_recipient and recipient is None):
        return None
    if not actor.code and not (recipient and recipient.code):
        return None  # nobody the actor dictionary knows: a local story, not a political event
    time_clause = _time_clause(doc, view, clause, trigger, timexes, inherits)
    when = date_event(_timexes_in(doc, time_clause, timexes), trigger.idx, published,
                      words=doc[time_clause.start : time_clause.end], document_timexes=timexes)
    flags = context_flags(doc, view.sentence, view.clauses, position, trigger, future_date=when.future_hint,
                          event_end=when.date_end, published=published)
    text_dated = when.source in (DateSource.EXPLICIT, DateSource.RELATIVE)
    event = Event(
        event_id=event_id(doc_id, trigger.idx, event_type),
        doc_id=doc_id,
        sentence=view.sentence.text,
        sentence_start=view.sentence.start_char,
        sentence_end=view.sentence.end_char,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        event_type=event_type,
        mode=mode,
        actor_text=actor.text,
        actor_code=actor.code,
        recipient_text=recipient.text if recipient else None,
        recipient_code=recipient.code if recipient else None,
        location_text=location.text if location else None,
        location_code=location.code if location else None,
        time_text=when.time_text,
        timex_value=when.timex_value,
        date_start=when.date_start,
        date_end=when.date_end,
        date_source=when.source,
        context=flags,
        confidence=confidence(actor, recipient, text_dated, entry.kind is TriggerKind.VERB, args.parsed),
    )
    return Candidate(event, entry.lemma.lower()), args.actor_in_phrase


@dataclass(frozen=True, slots=True)
class _Found:
    clause_start: int
    candidate: Candidate
    kind: TriggerKind
    actor_in_phrase: bool


def _one_per_clause_and_type(found: list[_Found]) -> list[Candidate]:
    """Verbs before nouns: a noun in a clause with a verb trigger is usually that event's object
    ("blockierte das Hilfspaket"), unless its own phrase names its actor ("die Rekrutierung ... durch X")."""
    verb_clauses = {f.clause_start for f in found if f.kind is TriggerKind.VERB}
    best: dict[tuple[int, EventType], _Found] = {}
    for item in found:
        if item.kind is TriggerKind.NOUN and item.clause_start in verb_clauses and not item.actor_in_phrase:
            continue
        key = (item.clause_start, item.candidate.event.event_type)
        if key not in best or (best[key].kind is TriggerKind.NOUN and item.kind is TriggerKind.VERB):
            best[key] = item
    return [f.candidate for f in best.values()]


def _sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences; a Doc nobody split is one sentence."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]] if len(doc) else []


def extract_events(doc: Doc, timexes: Sequence[Timex], *, doc_id: str, published: date | None,
                   body_start: int = 0) -> list[Event]:
    lexicon = load_lexicon()
    matches = find_triggers(doc, lexicon)
    entities = EntityIndex.of(doc, [(t.start, t.end) for t in timexes])
    resolver = PronounResolver(entities)
    found: list[_Found] = []
    headline: Span | None = None  # the body's first sentence: a headline or teaser (see dedup)
    for sentence in _sentences(doc):
        if sentence.end_char <= body_start:
            continue
        headline = headline or sentence
        clauses = split_clauses(sentence)
        view = _SentenceView(sentence, clauses, [])
        in_sentence = [m for m in matches if sentence.start <= m.token_i < sentence.end]
        for index, clause in enumerate(clauses):
            anchor = _clause_anchor(doc, clause)
            clause_args = find_arguments(entities, anchor, clause, resolver)
            actor = clause_args.actor
            if actor is None and clause.parent is not None and subject_ellipsis(doc, clause):
                actor = view.clause_actor[clause.parent]
            view.clause_actor.append(actor)
            for match in (m for m in in_sentence if clause.contains(m.token_i)):
                if _governed_content(view, index, in_sentence):
                    continue
                built = _build(entities, view, match, lexicon, timexes, resolver, doc_id, published)
                if built is not None:
                    candidate, in_phrase = built
                    if sentence is headline:
                        candidate = dataclasses.replace(candidate, headline=True)
                    found.append(_Found(clause.start, candidate, match.entry.kind, in_phrase))
            if clause.kind in (ClauseKind.MAIN, ClauseKind.COORDINATED):
                resolver.remember(actor)
    return deduplicate(_one_per_clause_and_type(found))
