"""Hand-tagged Docs for the event tests, so that they do not depend on HanTa's guesses.

`tagged("Schweden@GPE:SWE liefert/VVFIN/liefern Panzer an die Ukraine@GPE:UKR .")` builds a Doc:
- tokens are separated by spaces; `word/TAG/lemma` sets tag and lemma (lemma defaults to the word);
- `@LABEL:CODE` starts an entity on that token, `@+` continues it on the next ("Emmanuel@PER:FRA Macron@+");
- function words get their STTS tag from a small table, other capitalized words NN (NE inside names),
  demonym entities ADJA, the rest ADV; " || " starts a new sentence.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc, Span

FUNCTION_TAGS = {
    **dict.fromkeys("der die das den dem des ein eine einen einem einer eines".split(), "ART"),
    **dict.fromkeys("seine seinen seiner ihre ihren ihrer".split(), "PPOSAT"),
    **dict.fromkeys("in an auf gegen mit nach von durch für aus bei vor über trotz seitens gegenüber".split(), "APPR"),
    **dict.fromkeys("im am zum zur beim vom".split(), "APPRART"),
    **dict.fromkeys("dass nachdem während weil falls wenn ob obwohl bevor damit".split(), "KOUS"),
    "um": "KOUI",
    "wobei": "PWAV",
    **dict.fromkeys("er sie es wir ich".split(), "PPER"),
    "sich": "PRF",
    "nicht": "PTKNEG",
    **dict.fromkeys("kein keine keinen".split(), "PIAT"),
    **dict.fromkeys("und oder aber sondern".split(), "KON"),
    "zu": "PTKZU",
    ",": "$,",
    ".": "$.",
    ":": "$.",
    **dict.fromkeys(["„", "“", "–", "(", ")"], "$("),
}

Builder = Callable[[str], Doc]


def _default_tag(word: str, label: str | None) -> str:
    if label == "NORP":
        return "ADJA"
    if label is not None:
        return "NE"
    if word.lower() in FUNCTION_TAGS:
        return FUNCTION_TAGS[word.lower()]
    return "NN" if word[:1].isupper() else "ADV"


@pytest.fixture(scope="session")
def blank_nlp() -> spacy.language.Language:
    return spacy.blank("de")


@pytest.fixture(scope="session")
def tagged(blank_nlp) -> Builder:
    def build(spec: str) -> Doc:
        words, tags, lemmas, starts = [], [], [], []
        entities: list[tuple[int, int, str, str]] = []
        new_sentence = True
        for item in spec.split():
            if item == "||":
                new_sentence = True
                continue
            item, _, entity = item.partition("@") if len(item) > 1 else (item, "", "")
            parts = item.split("/") if item not in {"/"} else [item]
            word = parts[0]
            label = None
            if entity == "+":
                start, _, label, code = entities.pop()
                entities.append((start, len(words) + 1, label, code))
            elif entity:
                label, _, code = entity.partition(":")
                entities.append((len(words), len(words) + 1, label, code))
            tag = parts[1] if len(parts) > 1 and parts[1] else _default_tag(word, label)
            lemma = parts[2] if len(parts) > 2 else word
            words.append(word)
            tags.append(tag)
            lemmas.append(lemma)
            starts.append(new_sentence)
            new_sentence = False
        doc = Doc(blank_nlp.vocab, words=words, tags=tags, lemmas=lemmas, sent_starts=starts)
        doc.ents = [Span(doc, s, e, label=lab, kb_id=code) for s, e, lab, code in entities]
        return doc

    return build
