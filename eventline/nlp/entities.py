"""Named entities with actor codes: dictionary matches, state bodies, compounds and unknown proper nouns.

The `actor_entities` component reads the dictionary matches that the `actor_ruler` SpanRuler leaves in
`doc.spans["actor_matches"]` (label = actor kind, id = code) and turns them into `doc.ents` with
`kb_id_` = the actor code. Entities already set by a statistical model are kept; ours only add their
codes and fill the gaps.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventline.actors.dictionary import ActorKind, code_by_form
from eventline.actors.patterns import ADJECTIVE_ENDINGS, DEFINITE_ARTICLES
from eventline.nlp.resources import name_cues
from eventline.nlp.unknown_names import (
    follows_locative_preposition,
    institution_entities,
    organization_head_entities,
    proper_noun_entities,
)

MATCHES_KEY = "actor_matches"

# Countries and capitals are GPE (the state as an actor) unless a locative preposition makes them a place.
PLACE_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.CAPITAL})
LABEL_BY_KIND = {
    ActorKind.COUNTRY: "GPE",
    ActorKind.REGION: "LOC",
    ActorKind.CAPITAL: "GPE",
    ActorKind.SEAT: "GPE",
    ActorKind.BLOC: "GPE",
    ActorKind.INSTITUTION: "ORG",
    ActorKind.ORGANIZATION: "ORG",
    ActorKind.PARTY: "ORG",
    ActorKind.DEMONYM: "NORP",
    ActorKind.DEMONYM_NOUN: "NORP",
    ActorKind.PERSON: "PER",
}


def _trim_leading_articles(span: Span) -> Span:
    """"dem Westen" → "Westen"; a capitalized article inside a sentence is part of a name ("Den Haag")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in DEFINITE_ARTICLES and (
        span.doc[start].text.islower() or span.doc[start].is_sent_start
    ):
        start += 1
    return span.doc[start : span.end]


def dictionary_entities(doc: Doc) -> list[Span]:
    """The ruler's matches as entities, longest match first where they overlap."""
    entities = []
    for match in doc.spans[MATCHES_KEY] if MATCHES_KEY in doc.spans else []:
        kind = ActorKind(match.label_)
        span = _trim_leading_articles(match)
        label = LABEL_BY_KIND[kind]
        if kind in PLACE_KINDS and follows_locative_preposition(span):
            label = "LOC"
        entities.append(Span(doc, span.start, span.end, label=label, kb_id=match.id_))
    return filter_spans(entities)


def is_state_body_word(word: str) -> bool:
    """"Regierung", "Truppen", any "-ministerium": bodies that act for a state."""
    lower = word.lower()
    return lower in name_cues().state_body_heads or lower.endswith(name_cues().state_body_endings)


def state_body_entities(doc: Doc, entities: Sequence[Span]) -> list[Span]:
    """"das britische Verteidigungsministerium", "russische Truppen": the demonym's state as an ORG."""
    result = []
    for ent in entities:
        # Only an attributive (inflected) demonym: "russische Truppen", not "Russen Truppen".
        if ent.label_ != "NORP" or ent.end >= len(doc) or not ent[-1].lower_.endswith(ADJECTIVE_ENDINGS):
            continue
        if is_state_body_word(doc[ent.end].text):
            result.append(Span(doc, ent.start, ent.end + 1, label="ORG", kb_id=ent.kb_id_))
    return result


def compound_prefix_code(token: Token) -> str | None:
    """Code of a known actor before the first hyphen of a compound ("Nato-Staaten", "Kreml-Sprecher")."""
    prefix, hyphen, rest = token.text.partition("-")
    if not hyphen or not prefix or not rest:
        return None
    return code_by_form().get(prefix.lower())


def compound_entities(doc: Doc) -> list[Span]:
    """Compounds with an actor as first part: ORG for state bodies ("EU-Kommission"), MISC otherwise.

    MISC keeps the code for event coding while not claiming the whole word is a name ("Ukraine-Krieg").
    """
    result = []
    for token in doc:
        code = compound_prefix_code(token)
        if code is None:
            continue
        label = "ORG" if is_state_body_word(token.text.rsplit("-", 1)[1]) else "MISC"
        result.append(Span(doc, token.i, token.i + 1, label=label, kb_id=code))
    return result


def merge_entities(existing: Sequence[Span], proposed: Sequence[Span]) -> list[Span]:
    """Keep existing entities, giving them the code of a proposed entity they contain or equal;
    add proposed entities (longest first) where nothing is yet.

    Proposed spans are looked up by position (bisect) and taken tokens kept in a set, so that a long text
    costs linear time, not entities x entities."""
    coded = sorted((p for p in proposed if p.kb_id_), key=lambda p: p.start)  # stable: first stays first
    coded_starts = [p.start for p in coded]
    merged: list[Span] = []
    for ent in existing:
        if ent.kb_id_:
            merged.append(ent)
            continue
        within = [
            p for p in coded[bisect_left(coded_starts, ent.start) : bisect_left(coded_starts, ent.end)]
            if p.end <= ent.end
        ]
        inside = {p.kb_id_ for p in within}
        same_span = [p for p in within if p.start == ent.start and p.end == ent.end]
        code = same_span[0].kb_id_ if same_span else (next(iter(inside)) if len(inside) == 1 else "")
        merged.append(Span(ent.doc, ent.start, ent.end, label=ent.label_, kb_id=code))
    taken = {i for span in merged for i in range(span.start, span.end)}
    for span in filter_spans(list(proposed)):
        if taken.isdisjoint(range(span.start, span.end)):
            merged.append(span)
            taken.update(range(span.start, span.end))
    return sorted(merged, key=lambda s: s.start)


class ActorEntities:
    def __init__(self, guess_unknown_names: bool) -> None:
        self.guess_unknown_names = guess_unknown_names

    def __call__(self, doc: Doc) -> Doc:
        known = dictionary_entities(doc)
        # Precedence by order: state bodies and dictionary names before compounds and guessed names.
        proposed = merge_entities(state_body_entities(doc, known), known)
        proposed = merge_entities(proposed, compound_entities(doc))
        if self.guess_unknown_names:
            proposed = merge_entities(proposed, institution_entities(doc))
            proposed = merge_entities(proposed, organization_head_entities(doc))
            proposed = merge_entities(proposed, proper_noun_entities(doc))
        doc.ents = merge_entities(list(doc.ents), proposed)
        return doc


@Language.factory("actor_entities", default_config={"guess_unknown_names": True})
def make_actor_entities(nlp: Language, name: str, guess_unknown_names: bool) -> ActorEntities:
    return ActorEntities(guess_unknown_names=guess_unknown_names)
