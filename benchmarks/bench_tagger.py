"""Accuracy and speed of the part-of-speech and lemma layer: the trained tagger with its HanTa back-off
("fast", the default) against HanTa alone ("hanta").

    .venv/bin/python benchmarks/bench_tagger.py [--docs 200] [--models fast hanta]

Prints, for each pipeline:
- accuracy against gold on UD German GSD dev (STTS, UPOS, lemma), which no model here was trained on;
- agreement with HanTa's tags and lemmas on news that no model was trained on (KRAUTS dev and the event
  development articles): what the later stages, written against HanTa's output, see differently;
- CPU milliseconds for the language analysis (the whole spaCy pipeline: tokenizer, sentences, tags and
  lemmas, actor rules), caches cold: per GNAD article (the throughput benchmark's texts, which the
  packaged tagger was trained on) and per 1,000 tokens of GNAD and of the unseen news, where the CNN is
  less sure and asks HanTa more often.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from eventline.nlp import hanta, load_pipeline  # noqa: E402
from eventline.nlp.corpora import read_gnad_articles  # noqa: E402
from eventline.nlp.evaluation import evaluate_tags, read_conllu  # noqa: E402
from eventline.temporal.corpora import load_corpus  # noqa: E402

GSD_DEV = SHARED / "corpora" / "ud-german-gsd" / "de_gsd-ud-dev.conllu"
ARTICLES = SHARED / "corpora" / "gnad-articles" / "articles.csv"


def unseen_news() -> list[str]:
    """KRAUTS dev and the event development articles (left out of the tagger's training text)."""
    texts = [d.document.text for d in load_corpus(SHARED / "corpora" / "krauts-dev" / "gold")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpora" / "events-dev").glob("*.txt"))]
    return texts


def agreement(nlp, reference, texts: list[str]) -> tuple[int, float, float]:
    tokens = tags = lemmas = 0
    for doc, ref in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        for token, expected in zip(doc, ref, strict=True):
            if not token.is_space:
                tokens += 1
                tags += token.tag_ == expected.tag_
                lemmas += token.lemma_ == expected.lemma_
    return tokens, tags / tokens, lemmas / tokens


def analysis_ms(nlp, texts: list[str]) -> tuple[float, float]:
    """CPU milliseconds per text and per 1,000 tokens, caches cold."""
    hanta.clear_caches()
    tokens = 0
    start = time.process_time()
    for doc in nlp.pipe(texts, batch_size=64):
        tokens += len(doc)
    seconds = time.process_time() - start
    return 1000 * seconds / len(texts), 1e6 * seconds / tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="GNAD articles for the speed measurement")
    parser.add_argument("--models", nargs="+", default=["fast", "hanta"])
    args = parser.parse_args()
    if not GSD_DEV.is_file():
        sys.exit(f"no UD German GSD dev at {GSD_DEV}")
    gsd = read_conllu(GSD_DEV)
    news = unseen_news()
    articles = read_gnad_articles(ARTICLES)[: args.docs]
    reference = load_pipeline("hanta")
    print(f"{'pipeline':<8} {'GSD STTS':>9} {'UPOS':>6} {'lemma':>6} | {'news tokens':>11} {'= HanTa tag':>11} "
          f"{'lemma':>6} | {'GNAD ms/doc':>11} {'ms/1k tok':>9} | {'unseen ms/1k tok':>16}")
    for model in args.models:
        nlp = load_pipeline(model)
        gold = evaluate_tags(nlp, gsd)
        tokens, same_tag, same_lemma = agreement(nlp, reference, news)
        per_article, per_gnad_tokens = analysis_ms(nlp, articles)
        _, per_unseen_tokens = analysis_ms(nlp, news)
        print(f"{model:<8} {100 * gold.stts:9.2f} {100 * gold.upos:6.2f} {100 * gold.lemma:6.2f} | {tokens:11d} "
              f"{100 * same_tag:11.2f} {100 * same_lemma:6.2f} | {per_article:11.1f} {per_gnad_tokens:9.1f} | "
              f"{per_unseen_tokens:16.1f}")


if __name__ == "__main__":
    main()
