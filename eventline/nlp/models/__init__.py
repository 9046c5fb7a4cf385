"""Models trained by this project's scripts and shipped in the package (see README.md here)."""
from __future__ import annotations

from pathlib import Path

TAGGER_MODEL = Path(__file__).with_name("de_tagger")
# The components of the fast tagger, in pipeline order (the tagger and lemmatizer listen to tok2vec).
TAGGER_COMPONENTS = ("tok2vec", "tagger", "trainable_lemmatizer")
