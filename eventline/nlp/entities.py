"""Named entities with actor codes: dictionary matches, state bodies, compounds and unknown proper nouns.

The `actor_entities` component reads the dictionary matches that the `actor_ruler` SpanRuler leaves in
`doc.spans["actor_matches"]` (label = actor kind, id = code) and turns them into `doc.ents` with
`kb_id_` = the actor code. Entities already set by a statistical model are kept; ours only add their
codes and fill the gaps.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventline.actors.dictionary import ActorKind, code_by_form
from eventline.actors.patterns import DEFINITE_ARTICLES
from eventline.nlp.names import is_given_name, place_country
from eventline.nlp.resources import name_cues

MATCHES_KEY = "actor_matches"
PROPER_NOUN_TAGS = frozenset({"NE", "NNE", "PROPN"})
# A name without cues is still a name: MISC, so that it is found but not given a guessed type
# (guessing PER or ORG cost ~9 points of precision on GermEval dev for ~0.5 points of F1).
UNTYPED_NAME = "MISC"
ENGLISH_AND_GERMAN_ARTICLES = frozenset({"the", "of", "a", "an", "and", "der", "die", "das", "le", "la", "les", "el", "de", "du"})

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
    ActorKind.DEMONYM: "NORP",
    ActorKind.DEMONYM_NOUN: "NORP",
    ActorKind.PERSON: "PER",
}


def follows_locative_preposition(span: Span) -> bool:
    """"in Moskau", "nach der Ukraine": the place, not its government."""
    index = span.start - 1
    if index >= 0 and span.doc[index].lower_ in DEFINITE_ARTICLES:
        index -= 1
    return index >= 0 and span.doc[index].lower_ in name_cues().locative_prepositions


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


def is_state_body_head(token: Token) -> bool:
    lower = token.lower_
    return lower in name_cues().state_body_heads or lower.endswith("ministerium")


def state_body_entities(doc: Doc, entities: Sequence[Span]) -> list[Span]:
    """"das britische Verteidigungsministerium", "russische Truppen": the demonym's state as an ORG."""
    result = []
    for ent in entities:
        if ent.label_ != "NORP" or ent.end >= len(doc) or not ent[-1].lower_[-1:] in "enrsm":
            continue
        head = doc[ent.end]
        if is_state_body_head(head):
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
        head = token.text.rsplit("-", 1)[1].lower()
        label = "ORG" if head in name_cues().state_body_heads or head.endswith("ministerium") else "MISC"
        result.append(Span(doc, token.i, token.i + 1, label=label, kb_id=code))
    return result


def _is_proper_noun(token: Token) -> bool:
    return token.tag_ in PROPER_NOUN_TAGS or token.pos_ == "PROPN"


def _capitalized(token: Token) -> bool:
    return token.text[:1].isupper()


def _name_label(doc: Doc, start: int, end: int) -> str:
    """PER, LOC or ORG for an unknown name from its cues, most specific first."""
    cues = name_cues()
    first, last = doc[start], doc[end - 1]
    previous = doc[start - 1] if start > 0 else None
    if last.text in cues.company_suffixes or last.text in cues.organization_heads:
        return "ORG"
    if previous is not None and (previous.text in cues.person_titles or _is_role(previous)):
        return "PER"
    class_label = class_noun_label(previous) if previous is not None else None
    if class_label is not None:
        return class_label
    if _is_given_name(first) and not _capitalized_function_word(last):
        return "PER"
    if end - start == 1 and _is_acronym(first):
        return "ORG"  # parties, agencies, companies, also after "in" ("in der FDP")
    if previous is not None and follows_locative_preposition(doc[start:end]):
        return "LOC"
    if end - start == 1:
        return _single_word_name_label(first)
    if any(_capitalized_function_word(t) or t.tag_ == "FM" for t in doc[start:end]):
        return "ORG"
    return UNTYPED_NAME


# Endings a class noun may carry: feminine, plural, genitive ("Sängerin", "Erstligisten", "Verlags").
CLASS_NOUN_ENDINGS = ("", "in", "innen", "en", "n", "e", "s", "es")
MIN_CLASS_SUFFIX = 4


def class_noun_label(token: Token) -> str | None:
    """The entity type a class noun gives the name after it ("die Rockband X" → ORG), if any."""
    if not token.text[:1].isupper():
        return None
    lower = token.lower_
    for ending in CLASS_NOUN_ENDINGS:
        stem = lower[: len(lower) - len(ending)] if ending else lower
        if lower.endswith(ending):
            for noun, label in name_cues().class_nouns:
                # Short nouns only as whole words: "Ort" is not the end of "Sport".
                if stem == noun or (len(noun) >= MIN_CLASS_SUFFIX and stem.endswith(noun)):
                    return label
    return None


def _single_word_name_label(token: Token) -> str:
    text = token.text
    if place_country(text) or text.lower().endswith(name_cues().place_suffixes):
        return "LOC"
    return UNTYPED_NAME


def _is_acronym(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


def _capitalized_function_word(token: Token) -> bool:
    """"The Telegraph", "Der Spiegel": titles of media, not people."""
    return token.lower_ in ENGLISH_AND_GERMAN_ARTICLES


def _is_role(token: Token) -> bool:
    from eventline.nlp.roles import is_role

    return is_role(token)


def _is_given_name(token: Token) -> bool:
    """"Tom", and hyphenated double names ("Hans-Dietrich") whose parts are all given names."""
    return all(is_given_name(part) for part in token.text.split("-"))


def _continues_name(name: Span, token: Token) -> bool:
    """Proper nouns and legal forms extend a name; so does one capitalized word after given names,
    which HanTa tends to tag NN when it does not know the surname ("Tom Brennecke", "Fritz Karl Messner")."""
    if not _capitalized(token):
        return False
    if _is_proper_noun(token) or token.text in name_cues().company_suffixes:
        return True
    return all(_is_given_name(t) for t in name) and token.tag_ == "NN" and not _is_role(token)


def _particle_run(doc: Doc, name: Span) -> int:
    """Number of name particles after a person's name that lead to another name part
    ("Heinrich von Miltitz", "Rafael van der Vaart"); 0 if none."""
    particles = name_cues().name_particles
    end = name.end
    while end < len(doc) and doc[end].text in particles:
        end += 1
    if end == name.end or end >= len(doc) or not _is_given_name(name[0]):
        return 0
    surname = doc[end]
    # After "von der" a common noun is an employer, not a surname ("Arno Wilfert von der Beratung X").
    with_article = any(t.lower_ in DEFINITE_ARTICLES for t in doc[name.end : end])
    plausible = _is_proper_noun(surname) or (surname.tag_ == "NN" and not with_article)
    return end - name.end if _capitalized(surname) and plausible and not _is_role(surname) else 0


def proper_noun_entities(doc: Doc) -> list[Span]:
    """Names the dictionary does not know, from HanTa's NE tag and title and company cues."""
    cues = name_cues()
    result: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        after_title = i > 0 and doc[i - 1].text in cues.person_titles
        starts_name = _is_proper_noun(token) or after_title
        # Titles and roles introduce names but are not part of them ("Herr Homann", "Präsident X").
        if not _capitalized(token) or not starts_name or token.text in cues.person_titles or _is_role(token):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            if _continues_name(doc[i:end], doc[end]):
                end += 1
            elif particles := _particle_run(doc, doc[i:end]):
                end += particles + 1
            else:
                break
        start = i
        # A capitalized adjective before the name belongs to it ("Deutsche Telekom").
        previous = doc[start - 1] if start > 0 else None
        if previous is not None and previous.tag_ == "ADJA" and _capitalized(previous) and not previous.is_sent_start:
            start -= 1
        label = _name_label(doc, start, end)
        code = place_country(doc[start:end].text) if label == "LOC" else None
        result.append(Span(doc, start, end, label=label, kb_id=code or ""))
        i = end
    return result


def organization_head_entities(doc: Doc) -> list[Span]:
    """"Deutsche Bank", "Freie Universität": capitalized adjectives before an organization noun."""
    heads = name_cues().organization_heads
    result = []
    for token in doc:
        if token.text not in heads or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].tag_ == "ADJA" and _capitalized(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
        if start < token.i:
            result.append(Span(doc, start, token.i + 1, label="ORG"))
    return result


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def merge_entities(existing: Sequence[Span], proposed: Sequence[Span]) -> list[Span]:
    """Keep existing entities, giving them the code of a proposed entity they contain or equal;
    add proposed entities (longest first) where nothing is yet."""
    merged: list[Span] = []
    for ent in existing:
        if ent.kb_id_:
            merged.append(ent)
            continue
        inside = {p.kb_id_ for p in proposed if p.kb_id_ and ent.start <= p.start and p.end <= ent.end}
        same_span = [p for p in proposed if p.start == ent.start and p.end == ent.end and p.kb_id_]
        code = same_span[0].kb_id_ if same_span else (next(iter(inside)) if len(inside) == 1 else "")
        merged.append(Span(ent.doc, ent.start, ent.end, label=ent.label_, kb_id=code))
    for span in filter_spans(list(proposed)):
        if not _overlaps(span, merged):
            merged.append(span)
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
            proposed = merge_entities(proposed, organization_head_entities(doc))
            proposed = merge_entities(proposed, proper_noun_entities(doc))
        doc.ents = merge_entities(list(doc.ents), proposed)
        return doc


@Language.factory("actor_entities", default_config={"guess_unknown_names": True})
def make_actor_entities(nlp: Language, name: str, guess_unknown_names: bool) -> ActorEntities:
    return ActorEntities(guess_unknown_names=guess_unknown_names)
