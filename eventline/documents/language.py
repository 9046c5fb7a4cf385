"""Which language a document is written in, so that a non-German article is set aside, not analysed as German.

py3langid (BSD; its model ships inside the package) scores 97 languages. Only a confident verdict for
another language counts: an English or French article is skipped with a reason; a short or mixed text
that the detector cannot place is recorded as `und` (undetermined) and processed, since eventline's input
is German news.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from schemas import Document, DocumentStatus

GERMAN = "de"
UNDETERMINED = "und"  # BCP 47's code for "could not tell"
MIN_CONFIDENCE = 0.9
MIN_LETTERS = 40  # below this, a few names and numbers decide the verdict; not enough to skip an article
_SAMPLE_CHARS = 1000  # the start of the body: enough to tell a language (langid saturates within a few hundred
# characters), and the detector costs 0.3 ms per article instead of 0.7 at 3,000 characters


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    language: str  # ISO 639-1 code, or "und"
    confidence: float

    @property
    def is_other_language(self) -> bool:
        return self.language not in (GERMAN, UNDETERMINED)


@lru_cache(maxsize=1)
def _identifier():
    # Loaded once per process (about 1 s): the model is a compressed numpy archive inside the package.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> LanguageVerdict:
    sample = text[:_SAMPLE_CHARS]
    if sum(character.isalpha() for character in sample) < MIN_LETTERS:
        return LanguageVerdict(UNDETERMINED, 0.0)
    language, confidence = _identifier().classify(sample)
    confidence = float(confidence)
    if language != GERMAN and confidence < MIN_CONFIDENCE:
        return LanguageVerdict(UNDETERMINED, confidence)
    return LanguageVerdict(str(language), confidence)


def mark_language(document: Document) -> Document:
    """The document with its detected language; a confidently non-German one becomes status `skipped`."""
    if document.status != DocumentStatus.OK:
        return document
    verdict = detect_language(document.text[document.body_start :])
    if not verdict.is_other_language:
        return dataclasses.replace(document, language=verdict.language)
    return dataclasses.replace(
        document,
        language=verdict.language,
        status=DocumentStatus.SKIPPED,
        error=f"not German: detected language {verdict.language} (confidence {verdict.confidence:.2f})",
    )
