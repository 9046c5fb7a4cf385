"""German NLP: sentences, STTS tags and lemmas (HanTa), and actor-coded entities, as a spaCy pipeline."""
from eventline.nlp.loader import load_pipeline

__all__ = ["load_pipeline"]
