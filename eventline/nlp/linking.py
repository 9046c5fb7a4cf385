"""Within-document linking: role codes, later mentions of a person, and pronoun antecedents.

Later mentions ("Herr Medwedew", "Healey", "Bushs") are the person of the earlier full mention: PER,
with its code. Third-person
pronouns get `token._.antecedent`: "er/ihn/ihm" the most recent person not known to be a woman (one
not right after a preposition if there is one);
"sie/ihr" the only woman, or else the only organization or state introduced with "die", in the
current and the previous sentences. Anything less clear is left as None.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventline.actors.dictionary import party_codes, person_gender_by_form
from eventline.nlp.names import given_name_gender, is_given_name
from eventline.nlp.roles import is_feminine_role, is_role, role_code, role_stem

MASCULINE_PRONOUNS = frozenset({"er", "ihn", "ihm"})
FEMININE_PRONOUNS = frozenset({"sie", "ihr"})
FEMININE_TITLES = frozenset({"Frau", "Mrs.", "Ms.", "Madame", "Lady"})
MASCULINE_TITLES = frozenset({"Herr", "Herrn", "Mr.", "Monsieur", "Sir", "Lord"})
ALL_TITLES = FEMININE_TITLES | MASCULINE_TITLES
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "APPRART"})
PREVIOUS_SENTENCES = 2
GROUP_LABELS = frozenset({"ORG", "GPE"})

if not Token.has_extension("antecedent"):
    Token.set_extension("antecedent", default=None)


def _entity_index(entities: Sequence[Span]) -> dict[int, Span]:
    return {token.i: ent for ent in entities for token in ent}


def party_before(person: Span, entity_at: dict[int, Span]) -> str:
    """"der US-Republikaner X", "HDP-Chef X", "der CDU-Politiker X": the party the person is introduced by."""
    if person.start == 0:
        return ""
    before = entity_at.get(person.start - 1)
    if before is None or before.kb_id_ not in party_codes():
        return ""
    # "CDU-Innenminister X" acts in a government office: the state's, not the party's (rule 3)
    return "" if is_party_office(before) else before.kb_id_


def is_party_office(span: Span) -> bool:
    """A party compound naming a government office ("SPD-Außenminister", "AKP-Regierungschef")."""
    from eventline.nlp.descriptions import is_office

    rest = span.text.split("-", 1)[1] if "-" in span.text else ""
    return bool(rest) and is_office(role_stem(rest) or rest.lower())


def code_people_by_role(entities: Sequence[Span]) -> list[Span]:
    """Unknown people get the code of their role; anyone introduced as a party's member acts for the party
    (the codebook's rule 3), even one the dictionary codes with the state he held office in."""
    entity_at = _entity_index(entities)
    coded = []
    for ent in entities:
        if ent.label_ == "PER":
            before = entity_at.get(ent.start - 1)
            if before is not None and before.kb_id_ in party_codes() and is_party_office(before):
                coded.append(ent)  # left to the article's state (descriptions.code_officials_by_context)
                continue
            code = party_before(ent, entity_at) or (role_code(ent, entity_at) if not ent.kb_id_ else "")
            if code:
                ent = Span(ent.doc, ent.start, ent.end, label="PER", kb_id=code)
        coded.append(ent)
    return coded


def _surname_key(word: str) -> str:
    """"Medwedews" and "Bush's" are the genitive of "Medwedew" and "Bush"."""
    for ending in ("'s", "’s", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def _after_determiner(token: Token) -> bool:
    """Names take no article: "der Kohl" is the vegetable, not Helmut Kohl."""
    return token.i > 0 and token.doc[token.i - 1].tag_ in DETERMINER_TAGS


def link_later_mentions(doc: Doc, entities: Sequence[Span]) -> list[Span]:
    """A name that repeats the last word of an earlier person is that person: it gets the label PER and
    the person's code, unless the dictionary already coded it (a guessed LOC or MISC is overruled).
    A capitalized word outside any entity that repeats it becomes a PER mention too ("Brenneckes Rede")."""
    people: dict[str, str] = {}
    linked: list[Span] = []
    pending = iter(sorted(entities, key=lambda e: e.start))
    ent = next(pending, None)
    i = 0
    while i < len(doc):
        if ent is not None and ent.start == i:
            last = ent[-1].text
            earlier = people.get(last, people.get(_surname_key(last)))
            guessed = ent.label_ == "PER" or (ent.label_ in ("MISC", "LOC") and not _after_determiner(ent[0]))
            # a party the article introduced the person with outranks the dictionary's state code
            as_party = earlier in party_codes() and ent.label_ == "PER" and ent.kb_id_ not in party_codes()
            if earlier is not None and ((not ent.kb_id_ and guessed) or as_party):
                ent = Span(doc, ent.start, ent.end, label="PER", kb_id=earlier)
            if ent.label_ == "PER" and (ent.kb_id_ or last not in people):
                people[last] = ent.kb_id_
                first = ent[0].text
                # "Ban Ki-moon" ... "Ban": a surname may come first; a given name may not be anyone's key
                if len(ent) > 1 and ent.kb_id_ and not is_given_name(first) and first not in people:
                    people[first] = ent.kb_id_
            linked.append(ent)
            i = ent.end
            ent = next(pending, None)
            continue
        token = doc[i]
        earlier = people.get(token.text, people.get(_surname_key(token.text)))
        if earlier is not None and token.text[:1].isupper() and not _after_determiner(token):
            linked.append(Span(doc, i, i + 1, label="PER", kb_id=earlier))
        i += 1
    return linked


# Head nouns of party names ("Fortschrittspartei", "Nationale Front", "Bürgerplattform").
PARTY_HEADS = ("partei", "front", "bewegung", "bündnis", "plattform", "allianz", "block")


def party_code_of(abbreviation: str) -> str:
    """"SPÖ" → "SPOE", "Jobbik" → "JOBBIK", "AK-Partei" → "AKPARTEI"."""
    code = abbreviation.upper().replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE")
    return "".join(c for c in code if c.isalnum())


def link_abbreviations(doc: Doc, entities: Sequence[Span]) -> list[Span]:
    """"die rumänische Antikorruptionsstaatsanwaltschaft (DNA)": an uncoded abbreviation in brackets right
    after a coded name is that name, here and wherever the article repeats it."""
    by_text: dict[str, str] = {}
    previous: Span | None = None
    linked = []
    for ent in sorted(entities, key=lambda e: e.start):
        if not ent.kb_id_ and ent.label_ != "PER":
            after_bracket = ent.start >= 2 and doc[ent.start - 1].text == "(" and ent.text.isupper()
            bracketed = (after_bracket and previous is not None and previous.kb_id_ and previous.label_ != "PER"
                         and ent.start == previous.end + 1)
            if bracketed:
                by_text.setdefault(ent.text, previous.kb_id_)  # type: ignore[union-attr]
            elif after_bracket and doc[ent.start - 2].lower_.endswith(PARTY_HEADS):
                # "die Nationale Front (NF)": a party the dictionary lacks takes its abbreviation as its
                # code, as the codebook codes parties (capitals, no umlauts or hyphens)
                by_text.setdefault(ent.text, party_code_of(ent.text))
            if ent.text in by_text:
                ent = Span(doc, ent.start, ent.end, label=ent.label_, kb_id=by_text[ent.text])
        linked.append(ent)
        previous = ent
    return linked


def person_gender(person: Span) -> str | None:
    """"m"/"f" from the dictionary, a title ("Frau") or a role noun ("Ministerin"), None if unknown."""
    known = person_gender_by_form().get(person.text) or person_gender_by_form().get(person[-1].text)
    if known:
        return known
    doc = person.doc
    previous = doc[person.start - 1] if person.start > 0 else None
    if previous is not None and previous.text in FEMININE_TITLES:
        return "f"
    if previous is not None and previous.text in MASCULINE_TITLES:
        return "m"
    if previous is not None and is_role(previous):
        return "f" if is_feminine_role(previous) else "m"
    return given_name_gender(person[0].text)


def _candidates(pronoun: Token, entities: Sequence[Span], sentence_starts: Sequence[int]) -> list[Span]:
    """Entities before the pronoun in its sentence and the previous sentences, most recent first."""
    here = bisect_right(sentence_starts, pronoun.i) - 1
    window_start = sentence_starts[max(0, here - PREVIOUS_SENTENCES)]
    return [e for e in reversed(entities) if window_start <= e.start and e.end <= pronoun.i]


def _distinct(spans: Sequence[Span]) -> list[Span]:
    seen: dict[str, Span] = {}
    for span in spans:
        seen.setdefault(span.kb_id_ + "|" + span[-1].text, span)
    return list(seen.values())


def _after_preposition(person: Span) -> bool:
    """"für Putin", "mit Präsident Macron": a preposition right before the name, its title or role."""
    index = person.start - 1
    doc = person.doc
    while index >= 0 and (doc[index].text in ALL_TITLES or is_role(doc[index])):
        index -= 1
    return index >= 0 and doc[index].tag_ in PREPOSITION_TAGS


def _introduced_with_die(ent: Span) -> bool:
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "die"


def antecedent(pronoun: Token, entities: Sequence[Span], sentence_starts: Sequence[int]) -> Span | None:
    lower = pronoun.lower_
    candidates = _candidates(pronoun, entities, sentence_starts)
    people = [e for e in candidates if e.label_ == "PER"]
    if lower in MASCULINE_PRONOUNS:
        men = [p for p in people if person_gender(p) != "f"]
        # A person right after a preposition ("als Abgesandter für Putin") is rarely the one "er" resumes.
        return next((p for p in men if not _after_preposition(p)), men[0] if men else None)
    if lower in FEMININE_PRONOUNS:
        women = _distinct([p for p in people if person_gender(p) == "f"])
        if len(women) == 1:
            return women[0]
        groups = _distinct([e for e in candidates if e.label_ in GROUP_LABELS and _introduced_with_die(e)])
        if not women and not people and len(groups) == 1:
            return groups[0]
    return None


def _is_third_person_pronoun(token: Token) -> bool:
    return token.tag_ in ("PPER", "PRF", "") and token.lower_ in MASCULINE_PRONOUNS | FEMININE_PRONOUNS


class ActorLinker:
    def __call__(self, doc: Doc) -> Doc:
        from eventline.nlp.descriptions import code_officials_by_context

        coded = code_people_by_role(list(doc.ents))
        if doc.has_annotation("SENT_START"):
            coded = code_officials_by_context(doc, coded)
        entities = link_later_mentions(doc, link_abbreviations(doc, coded))
        doc.ents = entities
        if not doc.has_annotation("SENT_START"):
            return doc
        sentence_starts = [sentence.start for sentence in doc.sents]
        for token in doc:
            if _is_third_person_pronoun(token):
                token._.antecedent = antecedent(token, entities, sentence_starts)
        return doc


@Language.factory("actor_linker")
def make_actor_linker(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker()
