"""Actors named without a name: descriptions coded from the article ("die Regierung", "der Premier",
"die Rebellen", "westliche Staaten", "das Pariser Außenministerium", "die Sozialdemokraten").

They are not named entities (GermEval would not mark them), so they go to `doc.spans["actor_descriptions"]`
with label ORG or PER and `kb_id_` = the code; the event stage reads them beside `doc.ents`.

How each is coded, from what the article said before it:
- a definite noun that is part of the name of an organization named in the last sentences ("das Gericht"
  after "der Internationale Strafgerichtshof", "die Kommission" after "die EU-Kommission"): that organization;
- a state body without its state ("die Regierung", "das Parlament", "die Polizei", "Sicherheitskräfte"): the
  article's main state so far (the state named most often before it, the first named on a tie);
- a city adjective before a state body ("das Pariser Außenministerium", "Wiener Regierungskreise"): the
  state whose capital or seat it is (adjectives derived from `capitals.yaml`);
- a role noun without a name ("der Premier", "der Chefdiplomat"): the last person introduced with the same
  role, else for a government office the main state, else the last coded person of fitting gender in the
  last sentences;
- unnamed armed groups by word shape ("Rebellen", "Milizionäre", "Separatisten"): with a definite article
  the last named armed group of the last sentences, else REB/SEP; "die Islamisten" only refers back;
- "westliche/europäische Staaten/Regierungen": the West (WST);
- "sein Land", "ihre Regierung": the code of the person just named; "das Land", "der Staat": the main state;
- a party's member nouns ("die Republikaner", "die Grünen") where the article's main state is the party's;
  "die Partei" refers back to the last party.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventline.actors.dictionary import (
    WEST,
    roles,
    city_adjective_codes,
    collectives,
    country_codes,
    load_data_file,
    party_codes,
    party_members,
)
from eventline.nlp.resources import name_cues
from eventline.nlp.roles import is_role, role_stem

DESCRIPTIONS_KEY = "actor_descriptions"
DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des", "diese", "dieser", "diesen", "diesem", "dieses"})
FEMININE_ARTICLES = frozenset({"die", "diese"})
MASCULINE_ARTICLES = frozenset({"der", "den", "dem", "des", "dieser", "diesen", "diesem"})
# Government offices: a role naming one is the main state's official when no state is given.
OFFICE_ENDINGS = ("präsident", "präsidentin", "kanzler", "kanzlerin", "premier", "premierministerin",
                  "premierminister", "minister", "ministerin", "regierungschef", "regierungschefin", "staatschef",
                  "staatschefin", "machthaber", "diktator", "könig", "königin", "emir", "general", "staatssekretär",
                  "staatssekretärin", "generalstabschef", "oberbefehlshaber")
# Not offices: international or party roles that merely end like one ("Parteichef", "Generalsekretär").
NOT_OFFICES = ("parteichef", "parteichefin", "parteipräsident", "generalsekretär", "generalsekretärin")
LOOKBACK_SENTENCES = 3
MIN_HEAD = 5  # shorter heads ("Rat", "Amt") are inside too many names
POSSESSIVES = ("sein", "ihr")
OWNED_BODIES = frozenset({"land", "landes", "regierung", "staat", "staates", "heimatland", "partei", "armee",
                          "ministerium", "militär", "heimat"})
STATE_NOUNS = frozenset({"land", "staat", "republik"})
STATE_NOUN_ARTICLES = frozenset({"das", "der", "die"})
OF_WORDS = frozenset({"von", "vom", "des", "der", "aus", "in"})


@cache
def armed_group_codes() -> frozenset[str]:
    return frozenset(load_data_file("collectives.yaml")["armed_groups"])


def _is_state(code: str) -> bool:
    return code in country_codes()


def is_office(stem: str) -> bool:
    return stem.endswith(OFFICE_ENDINGS) and not stem.endswith(NOT_OFFICES)


def state_body_head(word: str) -> bool:
    """"Regierung", "Polizei", "Sicherheitskräfte", any "-ministerium" or "Regierungskreise"."""
    lower = word.lower()
    cues = name_cues()
    return (lower in cues.state_body_heads or lower in cues.state_body_descriptions
            or lower.endswith(cues.state_body_endings) or lower.endswith(cues.state_circles))


@dataclass(slots=True)
class _Person:
    start: int
    code: str
    role: str
    gender: str | None
    sentence: int


@dataclass(slots=True)
class ArticleMemory:
    """What the article has said up to a point: coded entities in order, read incrementally."""

    doc: Doc
    entities: Sequence[Span]
    sentence_starts: Sequence[int]
    _next: int = 0
    _state_counts: Counter[str] = field(default_factory=Counter)
    _state_first: dict[str, int] = field(default_factory=dict)
    # (sentence, code, called rebels in the article) of named armed groups
    _groups: list[tuple[int, str, bool]] = field(default_factory=list)
    _parties: list[str] = field(default_factory=list)
    _organizations: list[tuple[int, str, str]] = field(default_factory=list)  # (sentence, lower text, code)
    _people: list[_Person] = field(default_factory=list)

    def sentence_of(self, i: int) -> int:
        return bisect_right(self.sentence_starts, i) - 1

    def advance(self, i: int) -> None:
        """Read every entity that ends at or before token `i`."""
        while self._next < len(self.entities) and self.entities[self._next].end <= i:
            self._read(self.entities[self._next])
            self._next += 1

    def _read(self, ent: Span) -> None:
        code = ent.kb_id_
        if not code:
            return
        if _is_state(code) and ent.label_ != "PER" and not self._adjective_of_next(ent):
            self._state_counts[code] += 1
            self._state_first.setdefault(code, ent.start)
        if code in armed_group_codes():
            self._groups.append((self.sentence_of(ent.start), code, _introduced_as_armed(ent)))
        if code in party_codes():
            self._parties.append(code)
        if ent.label_ in ("ORG", "MISC"):
            self._organizations.append((self.sentence_of(ent.start), ent.text.lower(), code))
        if ent.label_ == "PER":
            before = self.doc[ent.start - 1] if ent.start > 0 else None
            role = role_stem(before.text) if before is not None and is_role(before) else ""
            from eventline.nlp.linking import person_gender

            self._people.append(_Person(ent.start, code, role, person_gender(ent), self.sentence_of(ent.start)))

    def _adjective_of_next(self, ent: Span) -> bool:
        """"im französischen Lyon": a demonym before a place of the same state names it once."""
        following = self.entities[self._next + 1] if self._next + 1 < len(self.entities) else None
        return (ent.label_ == "NORP" and following is not None and following.start == ent.end
                and following.kb_id_ == ent.kb_id_)

    def main_state(self, at: int, before: int | None = None) -> str | None:
        """The state named most often so far (the first named on a tie), counting only mentions before token
        `before`; where nothing was named yet, the state the rest of the article names most often outside
        the current sentence (an article may name its state only after its first sentence)."""
        counts = self._state_counts
        if before is not None:
            counts = Counter({c: n for c, n in counts.items() if self._state_first[c] < before})
        if counts:  # on a tie the state named first: headlines and leads name the protagonist first
            return max(counts, key=lambda c: (counts[c], -self._state_first[c]))
        return self._whole_article_state(self.sentence_of(at))

    def _whole_article_state(self, here: int) -> str | None:
        counts: Counter[str] = Counter(e.kb_id_ for e in self.entities
                                       if _is_state(e.kb_id_) and e.label_ != "PER" and self.sentence_of(e.start) != here)
        return counts.most_common(1)[0][0] if counts else None

    def recent_group(self, sentence: int, called_rebels: bool) -> str | None:
        """The last named armed group of the last sentences; with `called_rebels` only one the article has
        called rebels somewhere before."""
        rebels = {c for _, c, called in self._groups if called}
        return next((c for s, c, _ in reversed(self._groups)
                     if sentence - s <= LOOKBACK_SENTENCES and (c in rebels or not called_rebels)), None)

    def organization_named(self, head: str, sentence: int) -> str | None:
        """The last coded organization of the last sentences whose name contains `head` ("das Gericht" after
        "der Internationale Strafgerichtshof", "die Kommission" after "die EU-Kommission")."""
        for seen, text, code in reversed(self._organizations):
            if sentence - seen > LOOKBACK_SENTENCES:
                return None
            if head in text:
                return code
        return None

    def last_party(self) -> str | None:
        return self._parties[-1] if self._parties else None

    def person_with_role(self, role: str) -> str | None:
        same = roles().canonical.get(role, role)
        return next((p.code for p in reversed(self._people)
                     if p.role and roles().canonical.get(p.role, p.role) == same), None)

    def recent_person(self, sentence: int, gender: str | None) -> str | None:
        for person in reversed(self._people):
            if sentence - person.sentence > 1:
                return None
            if gender is None or person.gender in (None, gender):
                return person.code
        return None


def _introduced_as_armed(ent: Span) -> bool:
    """"die Guerillaorganisation FARC", "FARC-Rebellen", "die Rebellen der FARC": the article calls this
    named group rebels, so a later "die Rebellen" is that group."""
    doc = ent.doc
    words = [doc[ent.start - 1].text] if ent.start > 0 else []
    words += [ent.text.split("-", 1)[1]] if "-" in ent.text else []
    words += [doc[ent.start - 2].text] if ent.start > 1 and doc[ent.start - 1].lower_ in ("der", "des") else []
    return any(_armed_code(word) is not None for word in words)


def _noun_stem(word: str) -> str:
    """"gerichts" → "gericht", "kommissionen" → "kommission": enough to find the noun inside a name."""
    for ending in ("en", "es", "s", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_HEAD:
            return word[: -len(ending)]
    return word


def _article_gender(token: Token) -> str | None:
    if token.i == 0:
        return None
    before = token.doc[token.i - 1].lower_
    return "f" if before in FEMININE_ARTICLES else "m" if before in MASCULINE_ARTICLES else None


def _definite(token: Token) -> bool:
    index = token.i - 1
    while index >= 0 and token.doc[index].tag_.startswith("ADJ"):
        index -= 1
    return index >= 0 and token.doc[index].lower_ in DEFINITE | {"seine", "ihre", "seiner", "ihrer", "seinen"}


def _owner_follows(token: Token, entity_at: dict[int, Span]) -> bool:
    """"die Regierung Rumäniens", "der Präsident von Kenia", "die Polizei in Kiew": the owner is named."""
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and index <= token.i + 2 and doc[index].lower_ in OF_WORDS:
        index += 1
    ent = entity_at.get(index)
    return index < len(doc) and ent is not None and bool(ent.kb_id_) and ent.label_ != "PER"


def _owner_precedes(token: Token, entity_at: dict[int, Span]) -> bool:
    """"die russische Regierung", "Frankreichs Präsident": a coded word earlier in the noun phrase."""
    doc = token.doc
    index = token.i - 1
    while index >= 0 and index >= token.i - 4:
        ent = entity_at.get(index)
        if ent is not None and ent.kb_id_:
            return True
        if not (doc[index].tag_ in {"ART", "ADJA", "ADJD", "ADV", "PIAT", "PPOSAT", "CARD"} or doc[index].is_punct):
            return False
        index -= 1
    return False


def _armed_code(word: str) -> str | None:
    lower = word.lower()
    return next((code for stem, code in collectives().armed if lower.startswith(stem)), None)


def _refers_only(word: str) -> bool:
    return word.lower().startswith(collectives().armed_refer_only)


def _west_span(token: Token) -> Span | None:
    """"westliche Staaten", "mehrere europäische Regierungen": the adjective and its plural state noun."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.lower_.startswith(collectives().west_adjectives):
        return None
    stem = next(s for s in collectives().west_adjectives if token.lower_.startswith(s))
    if token.lower_[len(stem):] not in ("e", "en", "er", "es"):
        return None
    head = doc[token.i + 1]
    if head.text in collectives().west_heads:
        return Span(doc, token.i, token.i + 2, label="ORG", kb_id=WEST)
    return None


def describe(doc: Doc) -> list[Span]:
    """The descriptions of a Doc whose entities are already coded (after the actor linker)."""
    entities = sorted((e for e in doc.ents), key=lambda e: e.start)
    entity_at = {t.i: e for e in entities for t in e}
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    memory = ArticleMemory(doc, entities, starts)
    members = {m.noun: m for m in party_members()}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        memory.advance(i)
        if i in entity_at or not token.text[:1].isupper():
            i += 1
            continue
        west = _west_span(doc[i - 1]) if i > 0 and (i - 1) not in entity_at else None
        span = west or _describe_token(token, memory, entity_at, members)
        if span is not None:
            found.append(span)
        i = max(i + 1, span.end if span is not None else 0)
    return found


def _describe_token(token: Token, memory: ArticleMemory, entity_at: dict[int, Span],
                    members: dict[str, object]) -> Span | None:
    doc = token.doc
    i = token.i
    sentence = memory.sentence_of(i)

    def span(code: str | None, label: str, start: int = i) -> Span | None:
        return Span(doc, start, i + 1, label=label, kb_id=code) if code else None

    # "sein Land", "seine Regierung", "ihre Partei": the state or party of the person just named
    if i > 0 and doc[i - 1].lower_.startswith(POSSESSIVES) and token.lower_ in OWNED_BODIES:
        gender = "m" if doc[i - 1].lower_.startswith("sein") else None
        return span(memory.recent_person(sentence, gender), "ORG", start=i - 1)
    # "das Land", "der Staat": the article's main state
    if token.lower_ in STATE_NOUNS and i > 0 and doc[i - 1].lower_ in STATE_NOUN_ARTICLES:
        return span(memory.main_state(i), "ORG")
    # a city adjective before a state body: "das Pariser Außenministerium", "Wiener Regierungskreise"
    if i + 1 < len(doc) and token.text in city_adjective_codes() and state_body_head(doc[i + 1].text):
        return Span(doc, i, i + 2, label="ORG", kb_id=city_adjective_codes()[token.text])
    owned = _owner_precedes(token, entity_at) or _owner_follows(token, entity_at)
    if not owned and _definite(token) and token.tag_ in ("NN", "") and len(token.text) >= MIN_HEAD:
        named = memory.organization_named(_noun_stem(token.lower_), sentence)
        if named is not None:
            return span(named, "ORG")
    if state_body_head(token.text):
        return None if owned else span(memory.main_state(i), "ORG")
    armed = _armed_code(token.text)
    if armed is not None:
        recent = memory.recent_group(sentence, called_rebels=True) if _definite(token) else None
        return span(recent or armed, "ORG")
    if _refers_only(token.text) and _definite(token):
        return span(memory.recent_group(sentence, called_rebels=False), "ORG")
    member = members.get(token.text)
    if member is not None and memory.main_state(i) in member.countries:  # type: ignore[attr-defined]
        return span(member.code, "ORG")  # type: ignore[attr-defined]
    if token.lower_ in ("partei", "parteienbündnis", "regierungspartei") and _definite(token):
        return span(memory.last_party(), "ORG")
    if is_role(token) and not _owner_precedes(token, entity_at) and not _owner_follows(token, entity_at):
        if i + 1 < len(doc) and (i + 1 in entity_at or doc[i + 1].tag_ == "NE"):
            return None  # a title before a name: the name is the entity
        if not _definite(token):
            return None
        stem = role_stem(token.text)
        code = memory.person_with_role(stem)
        if code is None and is_office(stem):
            code = memory.main_state(i)
        if code is None:
            code = memory.recent_person(sentence, _article_gender(token))
        return span(code, "PER")
    return None


def code_officials_by_context(doc: Doc, entities: Sequence[Span]) -> list[Span]:
    """An unknown person after a government office without its state ("Außenminister X") is the main
    state's official."""
    ordered = sorted(entities, key=lambda e: e.start)
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    memory = ArticleMemory(doc, ordered, starts)
    inside = {t.i for e in ordered for t in e}
    result = []
    for ent in ordered:
        memory.advance(ent.start)
        before = doc[ent.start - 1] if ent.start > 0 else None
        party_office = before is not None and before.i in inside and _party_office_at(before, ordered)
        if (ent.label_ == "PER" and not ent.kb_id_ and before is not None and (before.i not in inside or party_office)
                and (party_office or (is_role(before) and is_office(role_stem(before.text))))):
            # a state first named in the person's own sentence may be someone else's ("X lobte Präsident Y")
            code = memory.main_state(ent.start, before=starts[memory.sentence_of(ent.start)])
            if code:
                ent = Span(doc, ent.start, ent.end, label="PER", kb_id=code)
        result.append(ent)
    return result


def _party_office_at(token: Token, entities: Sequence[Span]) -> bool:
    from eventline.nlp.linking import is_party_office

    return any(e.start <= token.i < e.end and e.kb_id_ in party_codes() and is_party_office(e) for e in entities)


class ActorDescriptions:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[DESCRIPTIONS_KEY] = describe(doc)
        return doc


@Language.factory("actor_descriptions")
def make_actor_descriptions(nlp: Language, name: str) -> ActorDescriptions:
    return ActorDescriptions()
