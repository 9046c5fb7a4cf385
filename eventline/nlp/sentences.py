"""Rule-based sentence boundaries for German news text.

A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets after it) when the next
word does not start in lower case, and at every line break, so that headlines, rubrics and datelines are
sentences of their own. A "." after an abbreviation or a single letter ("z. B.", "John F. Kennedy") and
an ordinal ("3. März", "10. Sanktionspaket") do not end a sentence; a four-digit year with its dot
("im Jahr 2023.") does, since the tokenizer keeps the dot on the number.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventline.nlp.resources import abbreviations

SENTENCE_PUNCT = frozenset({".", "!", "?", "…", "?!", "!?"})
CLOSING_PUNCT = frozenset({"“", "”", '"', "'", "’", "‘", "»", "«", "›", "‹", ")", "]"})
YEAR_DIGITS = 4


def sentence_spans(doc: Doc) -> list[Span]:
    """The Doc's sentences, or the whole Doc as one where no component set sentence boundaries."""
    return list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]


def is_line_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _continues_sentence(token: Token) -> bool:
    """A word in lower case or trailing punctuation after a "." means the sentence goes on."""
    return token.text[:1].islower() or token.is_punct and token.text not in CLOSING_PUNCT and token.text not in "„‚(["


def _is_abbreviation_dot(dot: Token) -> bool:
    """A "." split off from an abbreviation ("Vgl" ".") or an initial ("F" ".")."""
    if dot.i == 0:
        return False
    previous = dot.doc[dot.i - 1]
    if previous.whitespace_:
        return False
    return previous.is_alpha and (len(previous.text) == 1 or previous.lower_ in abbreviations().not_sentence_final)


def ends_sentence(token: Token) -> bool:
    """Whether `token` (not counting closing quotes after it) is the last of its sentence."""
    text = token.text
    if text in SENTENCE_PUNCT:
        return not (text == "." and _is_abbreviation_dot(token))
    if text.endswith(".") and len(text) > 1:
        stem = text[:-1]
        if stem.isdigit():
            return len(stem) >= YEAR_DIGITS
        return text.lower() in abbreviations().sentence_final
    return False


def sentence_start_flags(doc: Doc, *, split_on_punctuation: bool = True) -> list[bool | None]:
    """One flag per token: True starts a sentence; False (or None with `split_on_punctuation` off) does not."""
    flags: list[bool | None] = [None if not split_on_punctuation else False] * len(doc)
    if not len(doc):
        return flags
    flags[0] = True
    after_break = False
    pending_end = False
    for token in doc:
        if token.i == 0:
            pending_end = split_on_punctuation and ends_sentence(token)
            continue
        if token.is_space:
            after_break = after_break or is_line_break(token)
            continue
        if after_break:
            flags[token.i] = True
        elif pending_end and token.text in CLOSING_PUNCT:
            continue
        elif pending_end and not _continues_sentence(token):
            flags[token.i] = True
        after_break = False
        pending_end = split_on_punctuation and ends_sentence(token)
    return flags


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """Only the line-break boundaries, left as constraints for a statistical parser or senter.

    Whitespace that a senter made a sentence start goes back to the sentence before it, as in
    `german_sentences`, so that no sentence is only whitespace."""
    for token, flag in zip(doc, sentence_start_flags(doc, split_on_punctuation=False), strict=True):
        if token.is_space and token.i > 0 and token.is_sent_start:
            token.is_sent_start = False
            if token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
        if flag:
            token.is_sent_start = True
    return doc


@Language.component("german_sentences")
def german_sentences(doc: Doc) -> Doc:
    # All boundaries in one array: setting `token.is_sent_start` one token at a time checks the whole
    # doc's annotation each time, which made long texts quadratic (200,000 characters: 19 s).
    starts = numpy.array([1 if flag else -1 for flag in sentence_start_flags(doc)], dtype=numpy.int64)
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))
    return doc
