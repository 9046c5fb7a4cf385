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
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventline.actors.dictionary import country_codes
from eventline.events import tokens as tk
from eventline.events.arguments import (
    Arguments,
    EntityIndex,
    Mention,
    PronounResolver,
    find_arguments,
    in_prepositional_phrase,
    is_passive,
    np_internal_arguments,
    phrase_context,
    subject_ellipsis,
)
from eventline.events.clauses import Clause, ClauseKind, split_clauses
from eventline.events.context import context_flags
from eventline.events.dating import date_event, reference_adverbs
from eventline.events.dedup import Candidate, deduplicate
from eventline.events.constructions import holding_matches
from eventline.events.cues import about_weapons
from eventline.events.lexicon import Lexicon, TriggerKind, TypeProfile, cue_file, cue_words, load_lexicon
from eventline.events.triggers import TriggerMatch, find_triggers
from eventline.nlp.descriptions import ArticleMemory
from schemas import Context, DateSource, Event, EventType, Timex

# Types whose infinitive complement is what is asked, threatened or refused, not something that happened.
_CONTENT_GOVERNORS = frozenset({EventType.REQUEST, EventType.THREATEN, EventType.REJECT, EventType.ACCUSE,
                                EventType.SUPPORT})
# Prepositions that name the target of a directed act ("Angriff auf", "Sanktionen gegen", "Hilfe für").
_DIRECTED = frozenset({"an", "auf", "gegen", "für", "gegenüber"})
# Acts done to someone: in an agentless passive their subject is the coded target ("wurde festgenommen",
# "werden aufgehoben"); "wurde nach Brüssel geschickt" names no one acted upon.
_DONE_TO_A_TARGET = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.CONCEDE,
                               EventType.ACCUSE})
# Verbs whose object noun is what is demanded, threatened or refused ("fordern Assads Rücktritt",
# "droht mit Sanktionen", "lehnt Verhandlungen ab"), not an event that happened.
_CONTENT_VERBS = frozenset({EventType.REQUEST, EventType.THREATEN, EventType.REJECT})
# Protesters are mostly unnamed people: a protest against a coded target is news without a coded actor.
_CROWD_TYPES = frozenset({EventType.PROTEST})
_REFUSED_WHEN_NEGATED = frozenset({EventType.CONCEDE, EventType.SUPPORT, EventType.AGREE})
_FORCE_TYPES = frozenset({EventType.ASSAULT, EventType.MOBILIZE})
_TIME_FRAME_NOUNS = frozenset({"beginn", "ende", "ablauf", "vorfeld", "rande", "rand", "auftakt", "anfang",
                               "vorabend", "jahrestag", "abschluss", "verlauf"})
# The preposition that names a noun's target, per type ("Angriff auf", "Ermittlungen gegen", "Hilfe für"):
# another one after the noun belongs to the verb ("verwies in puncto Finanzierung auf das Gesetz").
_TARGET_PREPOSITIONS = {
    EventType.ASSAULT: frozenset({"auf", "gegen"}),
    EventType.SANCTION: frozenset({"gegen", "gegenüber", "auf"}),
    EventType.ACCUSE: frozenset({"gegen", "an"}),
    EventType.COERCE: frozenset({"gegen"}),
    EventType.PROTEST: frozenset({"gegen"}),
    EventType.THREATEN: frozenset({"gegen", "an", "gegenüber"}),
    EventType.REJECT: frozenset({"gegen"}),
    EventType.AID: frozenset({"an", "für"}),
    EventType.SUPPORT: frozenset({"für"}),
    EventType.REQUEST: frozenset({"an"}),
}
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
    # a verb governs its infinitive ("forderte Peking auf, ... zu liefern"), and so does a noun of asking,
    # threatening or refusing ("mit der Bitte, ... nicht anzugreifen"), not an attribute ("in die Kritik geraten")
    return any(parent.contains(m.token_i) and m.entry.event_type in _CONTENT_GOVERNORS
               and (m.entry.kind is TriggerKind.VERB or m.entry.event_type in _CONTENT_VERBS) for m in triggers)


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


def _obligation(doc: Doc, clause: Clause, trigger: Token) -> bool:
    """"Kiew muss noch zustimmen", "Südkorea müsse sich entschuldigen": what someone must do has not
    happened; it is the content of a demand."""
    if tk.stts(trigger) not in {"VVINF", "VVIZU"}:
        return False
    return any(tk.lemma(t) == "müssen" and tk.is_finite_verb(t) for t in doc[clause.start : clause.end])


def _giver(index: EntityIndex, clause: Clause) -> Mention | None:
    mentions = index.mentions(clause.start, clause.end, clause.start)
    return next((m for m in mentions if m.code and m.preposition in {"von", "vom", "seitens", "aus"}), None)


def _agentless_passive(doc: Doc, clause: Clause) -> bool:
    """A passive clause with no "von"/"durch" phrase at all: nobody is said to act (an agent phrase naming
    no known actor is still an agent)."""
    return is_passive(doc, clause) and not any(
        t.lower_ in {"von", "vom", "durch", "seitens"} for t in doc[clause.start : clause.end])


def _directed_target(index: EntityIndex, noun: Token, clause: Clause, event_type: EventType) -> Mention | None:
    """The coded target of a noun's own directed phrase right after it ("Drohnenangriff auf den Hafen von
    Odessa", "Sanktionen gegen Iran"), up to the phrase's end."""
    doc = index.doc
    after = noun.i + 1
    wanted = _TARGET_PREPOSITIONS.get(event_type, _DIRECTED)
    if after >= clause.end or tk.lemma(doc[after]) not in wanted or not tk.is_preposition(doc[after]):
        return None
    end = after + 1
    while end < clause.end and end - after <= 8 and not (tk.is_verb(doc[end]) or tk.is_clause_punct(doc[end])
                                                         or tk.is_coordinator(doc[end])):
        end += 1
    return next((m for m in index.mentions(after + 1, end, after) if m.code), None)


def _phrase_arguments(index: EntityIndex, trigger: Token, clause: Clause, profile: TypeProfile,
                      alone: bool) -> Arguments | None:
    """Arguments of a background noun from its own phrase, or None when it is no event of its own.

    Inside an adverbial phrase it is news when it names its own coded target ("Bei einem Drohnenangriff
    auf den Hafen von Odessa brannte ..."; actor unknown) or when it is its clause's only event and its
    phrase names a coded actor ("Er reagierte auf ein Manöver der USA": the genitive of an undirected act
    is its actor). Elsewhere without a support verb only the latter. The clause's subject is never its actor."""
    frame = phrase_context(index.doc, trigger.i, clause.start)
    if frame.genitive and frame.head is not None and index.doc[frame.head].lower_ in _TIME_FRAME_NOUNS:
        return None  # "vor Beginn des EU-Gipfels", "am Rande des Treffens": the time of the news, not news
    actor, target = np_internal_arguments(index, trigger, clause)
    if actor is None and profile.event_type in _FORCE_TYPES:
        # "Bei einem IS-Anschlag ...": an act of force compounded with a coded actor is that actor's
        # (a "UN-Konferenz" or "China-Besuch" is not the prefix's act)
        actor = next((m for m in index.mentions(trigger.i, trigger.i + 1, clause.start) if m.code), None)
    own_actor = actor is not None
    agent_genitive = not profile.takes_recipient or profile.event_type in _agent_genitive_types()
    if agent_genitive and actor is None and target is not None and target.genitive and target.preposition is None:
        actor, target, own_actor = target, None, True  # "Manöver der USA", "die Drohung des Ajatollahs"
    in_phrase = in_prepositional_phrase(index.doc, trigger.i, clause.start)
    directed = _directed_target(index, trigger, clause, profile.event_type) if in_phrase else None
    if directed is not None:
        target = target if target is not None and target.code else directed
    elif not ((alone or own_actor) and actor is not None and actor.code):
        return None
    mentions = index.mentions(clause.start, clause.end, clause.start)
    location = next((m for m in mentions if m.preposition in {"in", "im", "bei", "beim"}
                     and m.label in {"GPE", "LOC"}), None)
    return Arguments(actor, target, location, actor is not None, False, actor is not None)


@cache
def _agent_genitive_types() -> frozenset[EventType]:
    """Types whose nouns take their agent in the genitive (data/cues/genitive_agents.yaml)."""
    return frozenset(EventType(t) for t in cue_file("genitive_agents")["agent_types"])


def _acting_state(index: EntityIndex, memory: ArticleMemory, trigger: Token, location: Mention | None,
                  recipient: Mention | None) -> Mention | None:
    """The state whose police and courts act where nobody is named: the state of the event's place
    ("in Minsk festgenommen"), else, where the one affected is coded ("ein kanadischer Priester wurde
    verurteilt"), the state the article has named most often so far. A clause naming neither ("Ein
    Verdächtiger wurde festgenommen") is a local police report, not a political event: None."""
    if location is not None and location.code in country_codes():
        return location
    if recipient is None or not recipient.code:
        return None
    memory.advance(trigger.i)
    code = memory.main_state(trigger.i)
    if code is None:
        return None
    named = [s for s in index.spans if s.kb_id_ == code and s.label_ != "PER"]
    before = [s for s in named if s.end <= trigger.i] or named
    last = before[-1]
    return Mention(last.start, last.end, last.text, code, last.label_)


def _build(index: EntityIndex, view: _SentenceView, match: TriggerMatch, lexicon: Lexicon,
           timexes: Sequence[Timex], resolver: PronounResolver, doc_id: str, published: date | None,
           alone: bool = False, memory: ArticleMemory | None = None) -> tuple[Candidate, bool] | None:
    doc = index.doc
    entry = match.entry
    position = _clause_index(view.clauses, match.token_i)
    clause = view.clauses[position]
    if clause.kind is ClauseKind.PURPOSE:
        return None
    trigger = doc[match.token_i]
    if _obligation(doc, clause, trigger):
        return None
    profile = lexicon.profiles[entry.event_type]
    args = find_arguments(index, trigger, clause, resolver, coactor_is_recipient=profile.reciprocal)
    agentless = False  # kept without an actor: the act and its coded target are clear
    if _background_noun(doc, match, clause, args):
        own = _phrase_arguments(index, trigger, clause, profile, alone)
        if own is None:
            return None
        args, agentless = own, own.actor is None
    elif (entry.kind is TriggerKind.VERB and args.actor is None and entry.event_type in _DONE_TO_A_TARGET
          and _agentless_passive(doc, clause)):
        agentless = True  # "Die Strafzölle auf brasilianischen Stahl werden aufgehoben"
    actor, recipient, location = args.actor, args.recipient, args.location
    if entry.inverse:  # "Kiew erhält einen Kredit vom IWF": the subject receives, a "von" phrase gives
        # ("Lob gab es vom Generalsekretär für Wien": a subject that names nobody leaves the recipient found)
        receiver = actor if actor is not None and actor.code else recipient
        actor, recipient, agentless = _giver(index, clause), receiver, True
    inherits = clause.kind in _INHERITING and clause.parent is not None
    if actor is None and inherits and subject_ellipsis(doc, clause):
        actor = view.clause_actor[clause.parent]  # type: ignore[index]
    if (actor is None or not actor.code) and profile.location_is_actor and location is not None:
        actor = location
    if actor is None and agentless and profile.agentless_actor_is_state and memory is not None:
        actor = _acting_state(index, memory, trigger, location, recipient)
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
    if entry.needs_recipient and recipient is None:
        return None
    if entry.event_type in _CROWD_TYPES:
        agentless = True
        place = location or next((m for m in index.mentions(clause.start, clause.end, clause.start)
                                  if m.preposition == "durch" and m.label in {"GPE", "LOC"}), None)
        if recipient is None and not (actor and actor.code) and place is not None and place.code:
            recipient = place  # "Tausende marschierten durch Budapest": against the state where they march
        if recipient is None and actor is not None and actor.people_of:
            # "Tausende Ungarn protestierten gegen die Steuer": a people protests against its own state
            recipient = Mention(actor.start, actor.end, actor.text, actor.people_of, "GPE")
    if actor is None and not (agentless and recipient is not None and recipient.code):
        return None
    if not (actor and actor.code) and not (recipient and recipient.code):
        return None  # nobody the actor dictionary knows: a local story, not a political event
    time_clause = _time_clause(doc, view, clause, trigger, timexes, inherits)
    when = date_event(_timexes_in(doc, time_clause, timexes), trigger.idx, published,
                      words=doc[time_clause.start : time_clause.end], document_timexes=timexes)
    flags = context_flags(doc, view.sentence, view.clauses, position, trigger, future_date=when.future_hint,
                          event_end=when.date_end, published=published)
    if event_type in _REFUSED_WHEN_NEGATED and Context.NEGATED in flags:
        # "ist nicht zurückgetreten", "würde die Kandidatur nicht unterstützen", "keinen Vertrag schließen":
        # withholding a concession, support or agreement is a rejection (PLOVER REJECT)
        event_type, mode = EventType.REJECT, None
        flags = tuple(f for f in flags if f is not Context.NEGATED)
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
        actor_text=actor.text if actor else None,
        actor_code=actor.code if actor else None,
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
            kept = best.get(key)
            best[key] = item if kept is None else dataclasses.replace(item, candidate=_with_actor_of(item.candidate, kept))
        else:
            best[key] = dataclasses.replace(best[key], candidate=_with_actor_of(best[key].candidate, item))
    return [f.candidate for f in best.values()]


def _with_actor_of(verb: Candidate, noun: _Found | Candidate) -> Candidate:
    """"Bei einem IS-Anschlag wurden 21 Menschen getötet": an agentless verb event takes the coded actor
    its own noun of the same type names in the clause."""
    other = noun.candidate if isinstance(noun, _Found) else noun
    if verb.event.actor_code or not other.event.actor_code or other.event.actor_code == verb.event.recipient_code:
        return verb
    event = dataclasses.replace(verb.event, actor_code=other.event.actor_code, actor_text=other.event.actor_text)
    return dataclasses.replace(verb, event=event)


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
    memory = ArticleMemory(doc, sorted(doc.ents, key=lambda e: e.start), [s.start for s in _sentences(doc)])
    found: list[_Found] = []
    headline: Span | None = None  # the body's first sentence: a headline or teaser (see dedup)
    for sentence in _sentences(doc):
        if sentence.end_char <= body_start:
            continue
        headline = headline or sentence
        clauses = split_clauses(sentence)
        view = _SentenceView(sentence, clauses, [])
        raw = [m for m in matches if sentence.start <= m.token_i < sentence.end]
        # the matches whose conditions and constructions hold, clause by clause
        by_clause = [holding_matches(doc, c, sentence, [m for m in raw if c.contains(m.token_i)]) for c in clauses]
        in_sentence = [m for held in by_clause for m in held]
        for index, clause in enumerate(clauses):
            anchor = _clause_anchor(doc, clause)
            clause_args = find_arguments(entities, anchor, clause, resolver)
            actor = clause_args.actor
            if actor is None and clause.parent is not None and subject_ellipsis(doc, clause):
                actor = view.clause_actor[clause.parent]
            view.clause_actor.append(actor)
            content_verb = any(m.entry.kind is TriggerKind.VERB and m.entry.event_type in _CONTENT_VERBS
                               for m in by_clause[index])
            for match in by_clause[index]:
                if _governed_content(view, index, in_sentence):
                    continue
                if content_verb and match.entry.kind is TriggerKind.NOUN and match.entry.event_type not in _CONTENT_VERBS:
                    continue
                alone = all(m.token_i == match.token_i for m in by_clause[index])
                built = _build(entities, view, match, lexicon, timexes, resolver, doc_id, published, alone,
                               memory)
                if built is not None:
                    candidate, in_phrase = built
                    if sentence is headline:
                        candidate = dataclasses.replace(candidate, headline=True)
                    found.append(_Found(clause.start, candidate, match.entry.kind, in_phrase))
            if clause.kind in (ClauseKind.MAIN, ClauseKind.COORDINATED):
                resolver.remember(actor)
    return deduplicate(_one_per_clause_and_type(found))
