"""Entities for names the actor dictionary does not know: the tagger's NE tag plus cues.

A run of proper nouns (with particles, "Heinrich von Miltitz", and after given names even words HanTa
tags NN, "Tom Brennecke") is a name; its type comes from the most specific cue: a company suffix or
organization noun (ORG), a title or role before it (PER), a class noun before it ("die Rockband X"),
a given name (PER), an acronym (ORG), a locative preposition or a known town (LOC). A name without
cues is MISC: found, but not given a guessed type (guessing PER or ORG cost ~9 points of precision on
GermEval dev for ~0.5 points of F1).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventline.actors.patterns import DEFINITE_ARTICLES
from eventline.nlp.names import is_given_name, place_country
from eventline.nlp.resources import name_cues
from eventline.nlp.roles import is_role

PROPER_NOUN_TAGS = frozenset({"NE", "NNE", "PROPN"})
NOUN_TAGS = PROPER_NOUN_TAGS | {"NN", "FM"}
UNTYPED_NAME = "MISC"
# Capitalized function words make a name a title or an organization ("The Telegraph", "Der Spiegel").
FUNCTION_WORDS = frozenset({"the", "of", "a", "an", "and", "der", "die", "das", "le", "la", "les", "el", "de", "du"})
# Endings a class noun may carry: feminine, plural, genitive ("Sängerin", "Erstligisten", "Verlags").
CLASS_NOUN_ENDINGS = ("", "in", "innen", "en", "n", "e", "s", "es")
MIN_CLASS_SUFFIX = 4


def follows_locative_preposition(span: Span) -> bool:
    """"in Moskau", "nach der Ukraine": the place, not its government."""
    index = span.start - 1
    if index >= 0 and span.doc[index].lower_ in DEFINITE_ARTICLES:
        index -= 1
    return index >= 0 and span.doc[index].lower_ in name_cues().locative_prepositions


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
    if previous is not None and (previous.text in cues.person_titles or is_role(previous)):
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
    return token.lower_ in FUNCTION_WORDS


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
    return all(_is_given_name(t) for t in name) and token.tag_ == "NN" and not is_role(token)


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
    return end - name.end if _capitalized(surname) and plausible and not is_role(surname) else 0


def _is_name_adjective(token: Token) -> bool:
    """A capitalized adjective inside a sentence is part of a name ("Deutsche Telekom", "Freie Universität")."""
    return token.tag_ == "ADJA" and _capitalized(token) and not token.is_sent_start


def proper_noun_entities(doc: Doc) -> list[Span]:
    """Names the dictionary does not know, from the NE tag and title and company cues."""
    cues = name_cues()
    result: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        after_title = i > 0 and doc[i - 1].text in cues.person_titles
        # A legal form makes the word before it a company name, whatever its tag ("Rheinmetall AG").
        before_legal_form = (token.tag_ in NOUN_TAGS and i + 1 < len(doc)
                             and doc[i + 1].text in cues.company_suffixes)
        starts_name = _is_proper_noun(token) or after_title or before_legal_form
        # Titles and roles introduce names but are not part of them ("Herr Homann", "Präsident X").
        if not _capitalized(token) or not starts_name or token.text in cues.person_titles or is_role(token):
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
        if start > 0 and _is_name_adjective(doc[start - 1]):
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
        while start > 0 and _is_name_adjective(doc[start - 1]):
            start -= 1
        if start < token.i:
            result.append(Span(doc, start, token.i + 1, label="ORG"))
    return result


def is_institution_word(token: Token) -> bool:
    """"Bundesjustizministerium", "Landeskriminalamt": a public institution named in one word."""
    cues = name_cues()
    text = token.text
    return text.startswith(cues.institution_prefixes) and text.lower().endswith(cues.institution_endings)


def _domain_end(doc: Doc, start: int) -> int:
    """End of "für <Noun> [und <Noun>]" after an institution word, or `start` if there is none."""
    if start + 1 >= len(doc) or doc[start].lower_ != "für" or not _capitalized(doc[start + 1]):
        return start
    end = start + 2
    if end + 1 < len(doc) and doc[end].lower_ == "und" and _capitalized(doc[end + 1]):
        end += 2
    return end


def institution_entities(doc: Doc) -> list[Span]:
    result = []
    for token in doc:
        if is_institution_word(token):
            result.append(Span(doc, token.i, _domain_end(doc, token.i + 1), label="ORG"))
    return result
