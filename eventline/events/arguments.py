"""Who acts, on whom, and where: actor, recipient and location of a trigger in its clause.

With a dependency parse (a user's statistical model) the subject, objects and prepositional phrases of
the trigger's verb are read from the tree (TIGER or UD labels, `data/cues/dependency_labels.yaml`).
Without one, German word order decides: the subject is the first noun phrase that is not inside a
prepositional phrase, looked for before the finite verb of a main clause (the Vorfeld) when a noun
stands there and after it otherwise; passive clauses take their actor from "von"/"durch" phrases.
Nominal triggers first look inside their own noun phrase ("westlicher Sanktionen", "Lieferung ... an die
Ukraine", "Rekrutierung ... durch Russland").
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventline.events import tokens as tk
from eventline.events.clauses import Clause, ClauseKind
from eventline.events.lexicon import cue_file, cue_words
from eventline.nlp.descriptions import DESCRIPTIONS_KEY

# Tokens that may stand inside a noun phrase between a preposition and its noun.
_NP_INTERNAL_TAGS = frozenset({"ART", "ADJA", "ADJD", "CARD", "PIAT", "PIDAT", "PPOSAT", "PDAT", "PWAT", "ADV",
                              "TRUNC", "XY", "FM", "$("})
_NP_INTERNAL_POS = frozenset({"DET", "ADJ", "NUM", "ADV"})
_DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"})
_ACTOR_LABELS = frozenset({"PER", "ORG", "GPE", "LOC", "MISC", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_REFLEXIVES = frozenset({"sich", "mich", "dich", "uns", "euch"})
_FIRST_PERSON = frozenset({"wir", "ich"})
_SEAT_PREPOSITIONS = frozenset({"in", "von", "aus"})
# Prepositions of a directed act ("Lieferung an", "Angriff auf", "Sanktionen gegen", "Hilfe für").
_DIRECTED = frozenset({"an", "auf", "gegen", "für"})
# A date noun owns no "von" phrase ("am Samstag von der Armee zurückerobert").
_TIME_NOUN_ENDINGS = ("tag", "abend", "morgen", "nacht", "woche", "wochenende", "monat", "jahr")


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase that names an actor (an entity, or a pronoun resolved to one)."""

    start: int
    end: int
    text: str
    code: str | None
    label: str
    preposition: str | None = None
    genitive: bool = False
    people_of: str | None = None  # a crowd of a state's people ("tausende Ungarn"): that state, not its actor


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: Mention | None
    recipient: Mention | None
    location: Mention | None
    subject_seen: bool  # a subject was found, even one naming no actor ("Analysten", "es")
    parsed: bool  # read from a dependency parse
    actor_in_phrase: bool = False  # a noun trigger's actor stands in its own phrase ("russische Angriffe")


@cache
def _prepositions(role: str) -> frozenset[str]:
    return cue_words("prepositions", role)


@cache
def _dependency_labels(role: str) -> frozenset[str]:
    return frozenset(str(v).lower() for v in cue_file("dependency_labels")[role])


def _np_internal(token: Token) -> bool:
    if token.is_space:
        return True  # "der  Anschuldigungen": agency copy often doubles its spaces
    tag = tk.stts(token)
    if tag:
        return tag in _NP_INTERNAL_TAGS or tk.is_quote(token)
    return token.pos_ in _NP_INTERNAL_POS or tk.is_quote(token)


def _is_agentive(token: Token) -> bool:
    word = token.lower_
    return any(word.endswith(head) for head in cue_words("agentive_nouns"))


@dataclass(frozen=True, slots=True)
class PhraseContext:
    preposition: str | None  # the preposition governing the noun phrase
    genitive: bool  # an attribute of the noun at `head` ("der Präsident Russlands")
    head: int | None = None


def phrase_context(doc: Doc, start: int, floor: int, person: bool = False) -> PhraseContext:
    """Where the noun phrase whose name starts at `start` stands: after a preposition, after a noun
    (a genitive attribute), or neither. Walks left over articles and adjectives, and over a title before
    a person's name."""
    i = start - 1
    seen_determiner: Token | None = None
    while i >= floor:
        token = doc[i]
        if tk.is_preposition(token):
            return PhraseContext(tk.lemma(token) if tk.stts(token) == "APPRART" else token.lower_, False)
        if _np_internal(token):
            if tk.stts(token) in _DETERMINER_TAGS or token.pos_ == "DET":
                seen_determiner = token
            i -= 1
            continue
        if person and tk.is_noun(token) and seen_determiner is None and _is_agentive(token):
            i -= 1  # "Verteidigungsminister Lecornu": the title belongs to the name
            continue
        if tk.is_noun(token):
            if seen_determiner is None:
                genitive = _bare_genitive(doc, i + 1, start)
            else:
                genitive = seen_determiner.lower_ in {"des", "der", "eines", "einer"}
            return PhraseContext(None, genitive, i if genitive else None)
        return PhraseContext(None, False)
    return PhraseContext(None, False)


def _bare_genitive(doc: Doc, first: int, start: int) -> bool:
    """Whether a noun phrase without a determiner right after a noun can be its genitive attribute: a name
    ("der Präsident Russlands") or a phrase with a strong genitive adjective ("Lieferung moderner Waffen");
    a bare common noun is not ("vor drei Tagen Manöver", "hatte Anfang Juli Truppen ...")."""
    head = doc[start]
    if head.ent_type_ or tk.stts(head) == "NE" or not (tk.is_noun(head) or _untagged_token(head)):
        return True
    return any(tk.stts(t) == "ADJA" and t.lower_.endswith("er") for t in doc[first:start])


def _untagged_token(token: Token) -> bool:
    return not token.tag_ and not token.pos_


def in_prepositional_phrase(doc: Doc, start: int, floor: int) -> bool:
    """Also true for a genitive inside a prepositional phrase ("nach Ablauf des Ultimatums")."""
    context = phrase_context(doc, start, floor)
    while context.preposition is None and context.genitive and context.head is not None:
        context = phrase_context(doc, context.head, floor)
    return context.preposition is not None


@dataclass(frozen=True, slots=True, eq=False)
class EntityIndex:
    """A Doc's actor entities, read once (`Doc.ents` is rebuilt on every access)."""

    doc: Doc
    spans: tuple[Span, ...]
    starts: tuple[int, ...]
    parsed: bool  # the Doc has a dependency parse
    in_timex: frozenset[int]  # tokens inside temporal expressions

    @classmethod
    def of(cls, doc: Doc, timex_spans: Sequence[tuple[int, int]] = ()) -> EntityIndex:
        ents = [e for e in doc.ents if e.label_ in _ACTOR_LABELS]
        taken = {t.i for e in ents for t in e}
        # actors named by description ("die Regierung", "die Rebellen"), where no entity stands
        described = [d for d in doc.spans.get(DESCRIPTIONS_KEY, ()) if not any(t.i in taken for t in d)]
        spans = tuple(sorted([*ents, *described], key=lambda e: e.start))
        return cls(doc, spans, tuple(e.start for e in spans), doc.has_annotation("DEP"),
                   _timex_tokens(doc, timex_spans))

    def mentions(self, start: int, end: int, floor: int) -> list[Mention]:
        """Entities inside tokens [start, end), with the phrase they stand in (looking back to `floor`)."""
        result = []
        for ent in self.spans[bisect_left(self.starts, start) :]:
            if ent.start >= end:
                break
            if ent.end > end:
                continue
            context = phrase_context(self.doc, ent.start, floor, person=ent.label_ == "PER")
            result.append(Mention(ent.start, ent.end, ent.text, ent.kb_id_ or None, ent.label_, context.preposition,
                                  context.genitive))
        return result


class PronounResolver:
    """Pronoun subjects as actors. er/sie: the linker's `token._.antecedent`, else the latest main-clause
    actor; wir/ich inside a quotation: its speaker ("„Wir verurteilen das“, sagte der Sprecher Polens")."""

    def __init__(self, index: EntityIndex) -> None:
        self._index = index
        self._recent: list[Mention] = []

    def remember(self, mention: Mention | None) -> None:
        if mention is not None and mention.code:
            self._recent.append(mention)

    def resolve(self, token: Token) -> Mention | None:
        if token.text == "Sie" and not token.is_sent_start:
            return None  # the polite "you" ("Stimmen Sie zu?"), not a third person
        if Token.has_extension("antecedent"):
            span = token._.antecedent
            if isinstance(span, Span):
                return _span_mention(span)
        if token.lower_ in _FIRST_PERSON:
            return self._speaker(token)
        wanted = {"er": ("PER",), "sie": ("ORG", "GPE", "MISC", "PER")}.get(token.lower_)
        if wanted is None:
            return None
        for labels in (wanted[:1], wanted):
            found = next((m for m in reversed(self._recent) if m.label in labels), None)
            if found is not None:
                return Mention(token.i, token.i + 1, token.text, found.code, found.label)
        return None


    def _speaker(self, pronoun: Token) -> Mention | None:
        sentence = pronoun.sent
        if not tk.inside_quotes(sentence, pronoun):
            return None
        reporting = cue_words("reporting", "verbs")
        for verb in sentence:
            if not (tk.is_verb(verb) and tk.lemma(verb) in reporting) or tk.inside_quotes(sentence, verb):
                continue
            inverted = verb.i > sentence.start and (tk.is_clause_punct(verb.nbor(-1)) or tk.is_quote(verb.nbor(-1)))
            side = sentence[verb.i + 1 - sentence.start :] if inverted else sentence[: verb.i - sentence.start]
            nominal = next((t for t in side if _is_nominal(t) and t.lower_ not in _FIRST_PERSON), None)
            if nominal is not None:
                return mention_for_nominal(self._index, nominal.i, sentence.start, sentence.end, -1, self)
        return None


def _span_mention(span: Span) -> Mention:
    ents = [e for e in span.doc.ents if e.start < span.end and span.start < e.end]
    coded = next((e for e in ents if e.kb_id_), None)
    label = coded.label_ if coded is not None else (span.label_ or "PER")
    code = coded.kb_id_ if coded is not None else (span.kb_id_ or None)
    return Mention(span.start, span.end, span.text, code, label)


def _timex_tokens(doc: Doc, timex_spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    tokens: set[int] = set()
    for start, end in timex_spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return frozenset(tokens)


def _is_nominal(token: Token) -> bool:
    return (tk.is_noun(token) or tk.is_pronoun_subject(token) or token.ent_type_ in _ACTOR_LABELS - {"NORP"})


def _noun_phrase(doc: Doc, head: int, floor: int, ceiling: int) -> tuple[int, int]:
    start = head
    while start - 1 >= floor and (_np_internal(doc[start - 1]) or doc[start - 1].ent_type_ == "NORP"):
        if tk.is_quote(doc[start - 1]):
            break
        start -= 1
    end = head + 1
    while end < ceiling and (doc[end].ent_type_ in {"PER", "ORG", "GPE", "MISC"} or tk.stts(doc[end]) == "NE"):
        end += 1
    return start, end


def mention_for_nominal(index: EntityIndex, i: int, floor: int, ceiling: int, trigger_i: int,
                        resolver: PronounResolver) -> Mention | None:
    doc = index.doc
    token = doc[i]
    if tk.is_pronoun_subject(token) and not token.ent_type_:
        return resolver.resolve(token)
    start, end = _noun_phrase(doc, i, floor, ceiling)
    inside = index.mentions(start, end, floor) or [
        m for m in index.mentions(floor, ceiling, floor) if m.start <= i < m.end
    ]
    named = [m for m in inside if m.label != "NORP"]
    if named:
        return next((m for m in named if m.code), named[0])
    demonyms = [m for m in inside if m.label == "NORP"]
    if demonyms and _counted_people(doc, demonyms[0], floor):
        first = demonyms[0]  # "tausende Ungarn": people, not their state
        return Mention(first.start, first.end, first.text, None, "", people_of=first.code)
    # "die russische Armee", "die Ungarn" (a people named by a noun), or the trigger noun itself
    if demonyms and (_is_agentive(token) or i == trigger_i or demonyms[0].start <= i < demonyms[0].end):
        return demonyms[0]
    if i != trigger_i and tk.is_noun(token) and _is_agentive(token):
        seat = _seat(index, end, ceiling) if token.lower_.endswith(_seated_nouns()) else None
        if seat is not None:  # "die Regierung in Peking", "der Präsident von Kenia"
            return Mention(start, seat.end, doc[start:seat.end].text, seat.code, seat.label)
        # "Demonstranten", "Analysten": an actor without a code; the event still needs a coded recipient
        return Mention(start, end, doc[start:end].text, None, "")
    return None


def _counted_people(doc: Doc, demonym: Mention, floor: int) -> bool:
    """"tausende Ungarn", "200 Syrer", "mehrere Iraner": a people noun after a number or quantity word."""
    if tk.stts(doc[demonym.start]) == "ADJA" or demonym.start == floor:
        return False  # "tausende ungarische Lehrer" is handled by its head noun; "die Ungarn" is no count
    before = doc[demonym.start - 1]
    return tk.stts(before) == "CARD" or any(stem in before.lower_ for stem in cue_words("crowds", "quantity_stems"))


@cache
def _seated_nouns() -> tuple[str, ...]:
    return tuple(sorted(cue_words("agentive_nouns", "seated")))


def _seat(index: EntityIndex, after: int, ceiling: int) -> Mention | None:
    """A coded place or body right after an agentive noun, introduced by "in", "von" or "aus"."""
    doc = index.doc
    if after >= ceiling or doc[after].lower_ not in _SEAT_PREPOSITIONS:
        return None
    found = index.mentions(after + 1, min(after + 4, ceiling), after)
    return next((m for m in found if m.code and m.label in {"GPE", "LOC", "ORG"}), None)


def _first_finite(doc: Doc, start: int, end: int) -> int | None:
    return next((t.i for t in doc[start:end] if tk.is_finite_verb(t)), None)


def _content_start(doc: Doc, clause: Clause) -> int:
    i = clause.start
    while i < clause.end and (tk.is_quote(doc[i]) or tk.is_clause_punct(doc[i])):
        i += 1
    if clause.opener and i < clause.end and doc[i].lower_ == clause.opener:
        i += 1  # the conjunction or pronoun that opened the clause
        if i < clause.end and tk.is_relative_pronoun(doc[i]):
            i += 1  # "bei dem"
    return i


# Connectors that fill the Vorfeld themselves, so that the subject stands after the verb; only "und",
# "oder", "aber", "sondern" join a second verb to the first one's subject.
_VORFELD_CONNECTORS = frozenset({"doch", "denn"})


def subject_ellipsis(doc: Doc, clause: Clause) -> bool:
    """"und kündigte ... an", ", seinen Etat zu erhöhen": the subject is the governing clause's."""
    if clause.kind in (ClauseKind.INFINITIVE, ClauseKind.PURPOSE):
        return True
    if clause.kind is not ClauseKind.COORDINATED:
        return False
    if clause.opener in _VORFELD_CONNECTORS:
        return False  # "doch setzen die Aufständischen ... fort": the verb is second, its subject follows
    # "und kündigte ... an", "und sogar einen Plan angeboten": no noun before the finite verb, or none at all
    for token in doc[_content_start(doc, clause) : clause.end]:
        if tk.is_finite_verb(token):
            return True
        if _is_nominal(token):
            return not any(tk.is_finite_verb(t) for t in doc[token.i : clause.end])
    return True


# Determiners that never open a nominative noun phrase (accusative, dative, genitive forms).
_OBLIQUE_DETERMINERS = frozenset({
    "den", "dem", "des", "einen", "einem", "eines", "einer", "diesen", "diesem", "dieses", "jenen", "jenem",
    "keinen", "keinem", "keines", "seinen", "seinem", "seines", "seiner", "ihren", "ihrem", "ihres", "unseren",
    "unserem", "unseres", "welchen", "welchem", "allen", "allem", "mehreren", "vielen",
})
# Endings of feminine nouns: after "der" such a noun is dative or genitive ("warf der Regierung vor").
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "erei", "partei", "polizei", "ik",
                     "ie", "enz", "anz", "erin", "entin", "istin", "ärin", "führung", "regierung")


def _determiner(doc: Doc, i: int, floor: int) -> Token | None:
    j = i - 1
    while j >= floor and _np_internal(doc[j]):
        if tk.stts(doc[j]) in _DETERMINER_TAGS or doc[j].pos_ == "DET":
            return doc[j]
        j -= 1
    return None


def not_nominative(doc: Doc, i: int, floor: int) -> bool:
    """German case from the article: "Den Minister kritisierte die Opposition" — "den Minister" is the
    object; "der Regierung" (a feminine noun after "der") is dative or genitive. Unmarked phrases may be
    subjects."""
    determiner = _determiner(doc, i, floor)
    if determiner is None:
        return False
    word = determiner.lower_
    if word in _OBLIQUE_DETERMINERS:
        return True
    return word == "der" and doc[i].lower_.endswith(_FEMININE_ENDINGS)


def _subject_token(index: EntityIndex, clause: Clause) -> int | None:
    """The first noun or pronoun outside prepositional phrases and genitives: in the Vorfeld of a main
    clause when one stands there ("Analysten haben ..."), else after the finite verb ("Am Samstag blockierte
    China ..."); in verb-final clauses the first such word."""
    doc = index.doc
    start = _content_start(doc, clause)
    finite = _first_finite(doc, start, clause.end)

    def first_nominal(lo: int, hi: int) -> int | None:
        for token in doc[lo:hi]:
            if not _is_nominal(token) or token.i in index.in_timex or token.lower_ in _REFLEXIVES:
                continue
            if not_nominative(doc, token.i, lo):
                continue
            context = phrase_context(doc, token.i, lo, person=token.ent_type_ == "PER")
            if context.preposition is None and not context.genitive:
                return token.i
        return None

    if clause.kind is ClauseKind.MAIN and finite is not None and finite > start:
        before = first_nominal(start, finite)
        return before if before is not None else first_nominal(finite + 1, clause.end)
    return first_nominal(start, clause.end)


def is_passive(doc: Doc, clause: Clause) -> bool:
    """A participle with a form of "werden" (or "worden") in the clause."""
    has_participle = has_werden = False
    for t in doc[clause.start : clause.end]:  # one pass: this runs for every clause
        has_participle = has_participle or tk.is_participle(t)
        has_werden = has_werden or (tk.lemma(t) == "werden" and tk.stts(t).startswith("VA")) or t.lower_ == "worden"
    return has_participle and has_werden


def _names_an_actor(doc: Doc, mention: Mention) -> bool:
    """A demonym names an actor only before a noun like "Regierung" ("der iranischen Regierung"), not
    before any noun ("des iranischen Passagierflugzeugs")."""
    if mention.label != "NORP":
        return True
    head = next((t for t in doc[mention.end : mention.end + 3] if tk.is_noun(t)), None)
    return head is not None and _is_agentive(head)


def _ends_noun_phrase(token: Token) -> bool:
    return tk.is_verb(token) or tk.is_clause_punct(token) or tk.is_coordinator(token) or token.lower_ == "bis"


def _np_internal_arguments(index: EntityIndex, noun: Token, clause: Clause) -> tuple[Mention | None, Mention | None]:
    """(actor, recipient) inside a nominal trigger's own phrase."""
    doc = index.doc
    actor = recipient = None
    left = noun.i
    while left - 1 >= clause.start and (_np_internal(doc[left - 1]) or doc[left - 1].ent_type_):
        left -= 1
    for m in index.mentions(left, noun.i, clause.start):
        # "westlicher Sanktionen", "Russlands Angriffe", also after a preposition governing the trigger too
        # ("trotz westlicher Sanktionen"); not "die unter Vermittlung der UN geführten Gespräche"
        governs_both = m.preposition is not None and all(_np_internal(t) for t in doc[left : m.start])
        if (governs_both or (m.preposition is None and not m.genitive)) and m.label in {"NORP", "GPE", "ORG", "PER"}:
            actor = actor or m
    right = noun.i + 1
    while right < clause.end and not _ends_noun_phrase(doc[right]):
        right += 1
    genitive = None
    for m in index.mentions(noun.i + 1, right, noun.i):
        if m.genitive and any(tk.is_noun(t) for t in doc[noun.i + 1 : m.start]):
            continue  # the attribute of a later noun ("Angriff auf Polen bis zur Niederlage Frankreichs")
        if m.preposition in _prepositions("agent") and actor is None and m.preposition != "von":
            if not _nearer_action_noun(doc, noun.i + 1, m.start):
                actor = m
        elif m.preposition in _prepositions("recipient") and recipient is None:
            recipient = m
        elif m.genitive and m.preposition is None and genitive is None and _names_an_actor(doc, m):
            genitive = m
    if genitive is not None:
        # "die Lieferung Deutschlands an Israel": beside a directed recipient the genitive is the actor;
        # alone it is the one affected ("die Unterstützung der Ukraine"), unless the noun takes its agent
        # in the genitive ("das Manöver der USA mit Südkorea")
        if actor is None and (_genitive_is_agent(noun) or (recipient is not None and recipient.preposition in _DIRECTED)):
            actor = genitive
        elif recipient is None:
            recipient = genitive
    return actor, recipient


def _nearer_action_noun(doc: Doc, start: int, end: int) -> bool:
    """"Proteste gegen die Zentralisierung der Schulen durch die Regierung": a "durch" phrase after a noun
    of a transitive act (-ung, -nahme) is that noun's agent, not the trigger's."""
    endings = tuple(cue_file("genitive_agents")["patient_endings"])
    return any(tk.is_noun(t) and t.lower_.endswith(endings) for t in doc[start:end])


def _genitive_is_agent(noun: Token) -> bool:
    word = noun.lower_
    cues = cue_file("genitive_agents")
    if any(word.endswith(agent) for agent in cues["agent_nouns"]):
        return True
    return not word.endswith(tuple(cues["patient_endings"]))


def _attributive(doc: Doc, mention: Mention) -> bool:
    """"die Bombardements von London": a "von" phrase right after a common noun belongs to that noun."""
    preposition = next((t for t in reversed(doc[: mention.start]) if tk.is_preposition(t)), None)
    if preposition is None or preposition.lower_ != "von" or preposition.i == 0:
        return False
    before = doc[preposition.i - 1]
    if before.lower_.endswith(_TIME_NOUN_ENDINGS):
        return False  # "am Samstag von der Armee zurückerobert": a date owns no "von" phrase
    return tk.stts(before) == "NN" or (not before.tag_ and before.pos_ == "NOUN")


def _coordinated(doc: Doc, first: Mention | None, second: Mention) -> bool:
    """"die USA und das Vereinigte Königreich": two names joined by a coordinator act together."""
    if first is None or second.start < first.end:
        return False
    between = doc[first.end : second.start]
    return any(tk.is_coordinator(t) for t in between) and all(
        tk.is_coordinator(t) or _np_internal(t) for t in between)


def _overlaps(mention: Mention, other: Mention | None) -> bool:
    return other is not None and mention.start < other.end and other.start < mention.end


def _choose(candidates: Iterable[Mention], exclude_code: str | None) -> Mention | None:
    usable = [m for m in candidates if not (exclude_code and m.code == exclude_code)]
    return next((m for m in usable if m.code), usable[0] if usable else None)


def _location(mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.preposition in _prepositions("location") and m.label in _PLACE_LABELS),
                None)


def _parsed_arguments(index: EntityIndex, trigger: Token, clause: Clause,
                      resolver: PronounResolver) -> Arguments | None:
    verb = trigger
    while not tk.is_verb(verb) and verb.head is not verb:
        verb = verb.head
    if not tk.is_verb(verb):
        return None
    actor = recipient = None
    for child in verb.children:
        dep = child.dep_.lower()
        subtree = list(child.subtree)
        lo, hi = subtree[0].i, subtree[-1].i + 1
        if dep in _dependency_labels("subject") or dep in _dependency_labels("agent"):
            actor = actor or mention_for_nominal(index, child.i, lo, hi, trigger.i, resolver) or _choose(
                index.mentions(lo, hi, lo), None)
        elif dep in _dependency_labels("object") | _dependency_labels("dative") | _dependency_labels(
            "passive_subject"
        ):
            recipient = recipient or _choose(index.mentions(lo, hi, lo), None)
        elif dep in _dependency_labels("prepositional") and subtree[0].lower_ in _prepositions("recipient"):
            recipient = recipient or _choose(index.mentions(lo, hi, lo), None)
    if actor is None:
        return None
    if recipient is not None and recipient.code == actor.code:
        recipient = None
    mentions = index.mentions(clause.start, clause.end, clause.start)
    return Arguments(actor, recipient, _location(mentions), True, True)


def find_arguments(index: EntityIndex, trigger: Token, clause: Clause, resolver: PronounResolver,
                   coactor_is_recipient: bool = True) -> Arguments:
    """Actor, recipient and location of `trigger` within `clause` (no inheritance from other clauses).

    `coactor_is_recipient`: for reciprocal events ("Japan und Australien einigten sich") a name joined to
    the actor by "und" is the other party; for the rest ("die USA und Großbritannien verhängten") it acts too.
    """
    doc = index.doc
    if index.parsed:
        parsed = _parsed_arguments(index, trigger, clause, resolver)
        if parsed is not None:
            return parsed
    mentions = index.mentions(clause.start, clause.end, clause.start)
    own_actor = own_recipient = None
    if tk.is_noun(trigger) or not tk.is_verb(trigger):
        own_actor, own_recipient = _np_internal_arguments(index, trigger, clause)
    passive = is_passive(doc, clause)
    subject: Mention | None = None
    subject_seen = False
    if passive:
        agent_phrases = [m for m in mentions if m.preposition in _prepositions("agent") and not _attributive(doc, m)]
        # the agent nearest the participle: "im Wald von Compiègne von Hitler empfangen"
        subject = min(agent_phrases, key=lambda m: abs(m.start - trigger.i), default=None)
        subject_seen = subject is not None
    elif not subject_ellipsis(doc, clause):
        subject_i = _subject_token(index, clause)
        subject_seen = subject_i is not None
        if subject_i is not None:
            subject = mention_for_nominal(index, subject_i, clause.start, clause.end, trigger.i, resolver)
    actor = own_actor or subject
    actor_code = actor.code if actor else None
    taken = {(actor.start, actor.end)} if actor else set()
    free = [m for m in mentions if (m.start, m.end) not in taken and m.start != trigger.i]
    by_preposition = [m for m in free if m.preposition in _prepositions("recipient")]
    objects = [m for m in free if m.preposition is None and not _overlaps(m, subject)
               and (coactor_is_recipient or not _coordinated(doc, actor, m))]
    agents = [] if passive else [m for m in free if m.preposition == "durch"]
    recipient = own_recipient if own_recipient and own_recipient.code != actor_code else None
    if own_actor is None:  # a noun naming its own actor names its own recipient too, or none
        recipient = recipient or _choose([*by_preposition, *objects, *agents], actor_code)
    return Arguments(actor, recipient, _location(mentions), subject_seen or own_actor is not None, False,
                     own_actor is not None)


def np_internal_arguments(index: EntityIndex, noun: Token, clause: Clause) -> tuple[Mention | None, Mention | None]:
    """(actor, recipient) named inside a nominal trigger's own phrase (used by the extractor for nouns
    that stand outside their clause's argument structure)."""
    return _np_internal_arguments(index, noun, clause)
