"""Which verbs and nouns German news uses around actors, and which of them the trigger lexicon misses.

    .venv/bin/python scripts/mine_trigger_vocabulary.py [--csv PATH] [--categories International,Inland] [--top 150]

Reads the unlabelled 10kGNAD articles (`../shared/corpora/gnad-articles/articles.csv`, `category;'text'`),
runs the project's spaCy pipeline, and counts, in sentences that name a coded actor (an entity with an
actor code), the lemmas of full verbs (particle verbs composed: "wies ... zurück" -> "zurückweisen") and
of nouns (with their last compound part). Prints the most frequent ones that no trigger covers, and the
support-verb + noun pairs ("Kritik üben") found in one clause. A vocabulary aid for whoever extends
`eventline/events/data/triggers/*.yaml`: read the list, write entries with your own example sentences.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eventline.events import tokens as tk
from eventline.events.lexicon import cue_words, load_lexicon
from eventline.events.triggers import find_triggers, separated_particles
from eventline.nlp import load_pipeline
from eventline.nlp.corpora import read_gnad_articles

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "corpora" / "gnad-articles" / "articles.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--categories", default="International,Inland")
    parser.add_argument("--top", type=int, default=150)
    args = parser.parse_args()
    if not args.csv.is_file():
        print(f"no corpus at {args.csv}")
        return
    texts = read_gnad_articles(args.csv, frozenset(filter(None, args.categories.split(","))))
    nlp = load_pipeline()
    lexicon = load_lexicon()
    support = cue_words("support_verbs", "verbs")
    verbs: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    for doc in nlp.pipe(texts, batch_size=32):
        triggered = {m.token_i for m in find_triggers(doc, lexicon)}
        particles = separated_particles(doc)
        for sent in doc.sents:
            if not any(e.kb_id_ for e in sent.ents):
                continue
            sent_nouns = [t for t in sent if tk.is_noun(t) and not t.ent_type_ and t.is_alpha]
            for token in sent:
                if tk.stts(token).startswith("VV"):
                    lemma = tk.lemma(token)
                    if token.i in particles:
                        lemma = particles[token.i].lower_ + lemma
                    (covered if token.i in triggered else verbs)[lemma] += 1
                    if lemma in support:
                        for noun in sent_nouns:
                            pairs[f"{noun.lemma_} {lemma}"] += 1
            for noun in sent_nouns:
                (covered if noun.i in triggered else nouns)[noun.lemma_] += 1
    print(f"{len(texts)} articles; trigger-covered tokens {sum(covered.values())}")
    for title, counter in (("verbs without a trigger", verbs), ("nouns without a trigger", nouns),
                           ("noun + support verb in one sentence", pairs)):
        print(f"\n## {title}")
        print(", ".join(f"{w} {n}" for w, n in counter.most_common(args.top)))


if __name__ == "__main__":
    main()
