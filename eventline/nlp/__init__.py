"""German NLP as one spaCy pipeline: `nlp = load_pipeline(model=None); doc = nlp(document_text)`.

What a Doc carries afterwards (offsets stay document offsets; whitespace tokens are kept):
- `doc.sents`: sentence boundaries at sentence punctuation (not after abbreviations or ordinals) and at
  every line break (headlines and datelines are sentences of their own).
- `token.tag_` (STTS), `token.pos_` (UD), `token.lemma_`: from the fast tagger (a CNN trained on HanTa's
  output, HanTa where it is unsure), from HanTa alone with `model="hanta"`, or a user model's own.
- `doc.ents` with labels PER, LOC, GPE (states and capitals as actors), ORG, NORP (demonyms), MISC
  (compounds with an actor, "Nato-Staaten", and names of unknown type) and `ent.kb_id_` = the actor
  code (ISO 3166-1 alpha-3, an organization code such as NATO or EU, WST for the West) or "".
- `token._.antecedent`: for er/ihn/ihm/sie/ihr, the Span of the entity it refers to, or None.
"""
from eventline.nlp.loader import load_pipeline

__all__ = ["load_pipeline"]
