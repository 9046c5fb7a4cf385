"""Role-based actor codes for people the dictionary does not know.

"der britische Verteidigungsminister John Healey" → GBR, "Frankreichs Präsident X" → FRA,
"Alexander Lukaschenko, der Präsident von Weißrussland" → BLR, "X, der ehemalige russische Präsident"
→ RUS, "Nato-Generalsekretär X" → NATO. Role nouns are data (`eventline/actors/data/roles.yaml`).
"""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from eventline.actors.dictionary import roles

# Inflectional endings a role noun may carry ("des Präsidenten", "des Ministers").
ROLE_ENDINGS = ("en", "n", "es", "s")
# Words that may stand between a coded modifier and the role ("der russische stellvertretende Minister").
MODIFIER_TAGS = frozenset({"ART", "ADJA", "ADJD", "ADV", "KON"})
# "der Präsident von Weißrussland", "die Botschafterin Polens", "der Chef der Nato".
OF_WORDS = frozenset({"von", "vom", "des", "der"})
APPOSITION_OPENERS = frozenset({"ART", "ADJA", "ADV", "PIAT"})
LEFT_WINDOW = 5
APPOSITION_WINDOW = 8
FEMININE_ROLE_ENDINGS = ("in", "innen")


def role_stem(word: str) -> str:
    lower = word.lower()
    known = roles()
    if lower in known.nouns or lower.endswith(known.suffixes):
        return lower
    for ending in ROLE_ENDINGS:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and (stem in known.nouns or stem.endswith(known.suffixes)):
            return stem
    return ""


def is_role(token: Token) -> bool:
    return token.text[:1].isupper() and bool(role_stem(token.text))


def is_feminine_role(token: Token) -> bool:
    return is_role(token) and role_stem(token.text).endswith(FEMININE_ROLE_ENDINGS)


def _coded_entity_at(token: Token, entity_at: Mapping[int, Span]) -> Span | None:
    ent = entity_at.get(token.i)
    return ent if ent is not None and ent.kb_id_ and ent.label_ != "PER" else None


def code_from_left(person: Span, entity_at: Mapping[int, Span]) -> str:
    """"[der] <demonym|Country's> [modifiers] <role> <Name>"."""
    doc = person.doc
    index = person.start - 1
    if index < 0 or not is_role(doc[index]):
        return ""
    role = doc[index]
    own = entity_at.get(role.i)  # "Nato-Generalsekretär", "Kreml-Sprecher"
    if own is not None and own.kb_id_:
        return own.kb_id_
    for token in reversed(doc[max(0, role.i - LEFT_WINDOW) : role.i]):
        coded = _coded_entity_at(token, entity_at)
        if coded is not None:
            return coded.kb_id_
        if token.tag_ not in MODIFIER_TAGS:
            break
    return ""


def _code_attached_to_role(role: Token, window: list[Token], entity_at: Mapping[int, Span]) -> str:
    """The state or organization the role belongs to: a demonym or state just before it ("der ehemalige
    russische Präsident") or one introduced by "von"/genitive just after it ("Präsident von Weißrussland").
    A coded word elsewhere in the phrase ("Chef der britischen Wassergruppe") is not the role's."""
    position = window.index(role)
    for token in reversed(window[:position]):
        coded = _coded_entity_at(token, entity_at)
        if coded is not None:
            return coded.kb_id_
        if token.tag_ not in MODIFIER_TAGS:
            break
    after = window[position + 1 :]
    index = 0
    while index < len(after) and after[index].lower_ in OF_WORDS:
        index += 1
    if index < len(after):
        coded = _coded_entity_at(after[index], entity_at)
        # A demonym after the role modifies some other noun ("Chef der britischen Wassergruppe").
        if coded is not None and coded.label_ != "NORP":
            return coded.kb_id_
    return ""


def code_from_apposition(person: Span, entity_at: Mapping[int, Span]) -> str:
    """"<Name>, der [ehemalige] <demonym> <role>" or "<Name>, der <role> von <Country>"."""
    doc = person.doc
    if person.end >= len(doc) or doc[person.end].text != ",":
        return ""
    window = []
    for token in doc[person.end + 1 : person.end + 1 + APPOSITION_WINDOW]:
        if token.is_punct or token.is_space or token.pos_ in ("VERB", "AUX") or token.tag_ == "KON":
            break
        window.append(token)
    # An apposition opens with an article, an adjective or the role itself, not with another name.
    if not window or not (window[0].tag_ in APPOSITION_OPENERS or is_role(window[0])):
        return ""
    role = next((t for t in window if is_role(t)), None)
    if role is None:
        return ""
    own = entity_at.get(role.i)  # "Nato-Generalsekretär"
    return own.kb_id_ if own is not None and own.kb_id_ else _code_attached_to_role(role, window, entity_at)


def role_code(person: Span, entity_at: Mapping[int, Span]) -> str:
    return code_from_left(person, entity_at) or code_from_apposition(person, entity_at)
