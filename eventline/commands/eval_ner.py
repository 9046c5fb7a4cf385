"""`eventline eval-ner`: score the pipeline's PER/LOC/ORG entities on GermEval 2014 (and optionally its
STTS/UPOS tags on a UD German CoNLL-U file)."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

HELP = "Score entities on GermEval 2014 NER (outer PER/LOC/ORG spans) and optionally POS tags on UD CoNLL-U."
EXAMPLES = """  eventline eval-ner
  eventline eval-ner --limit 500 --model de_core_news_md
  eventline eval-ner --pos ../shared/corpora/ud-german-gsd/de_gsd-ud-dev.conllu"""

DEFAULT_GERMEVAL = Path("../shared/corpora/germeval2014/NER-de-dev.tsv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_GERMEVAL, metavar="PATH",
                        help=f"GermEval 2014 TSV file (default: {DEFAULT_GERMEVAL})")
    parser.add_argument("--model", default=None,
                        help='"hanta" (the default pipeline with HanTa instead of the trained tagger), or a spaCy '
                             "model name or path instead of the default offline pipeline")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N sentences")
    parser.add_argument("--pos", type=Path, default=None, metavar="CONLLU",
                        help="also measure STTS (XPOS), UPOS and lemma accuracy on this CoNLL-U file")


def run(args: argparse.Namespace) -> int:
    from eventline.nlp import load_pipeline
    from eventline.nlp.evaluation import evaluate_ner, evaluate_tags, read_conllu, read_germeval

    if not args.path.is_file():
        print(f"eval-ner: no such file: {args.path}")
        return 2
    nlp = load_pipeline(args.model)
    sentences = read_germeval(args.path)[: args.limit]
    started = time.perf_counter()
    scores = evaluate_ner(nlp, sentences)
    seconds = time.perf_counter() - started
    n_tokens = sum(len(s.words) for s in sentences)
    print(f"GermEval 2014 {args.path.name}: {len(sentences)} sentences, {n_tokens} tokens, "
          f"{seconds:.1f} s ({n_tokens / max(seconds, 1e-9):.0f} tokens/s)")
    print(f"{'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for label, s in scores.items():
        print(f"{label:<6} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
              f"{s.true_positives:6d} {s.false_positives:6d} {s.false_negatives:6d}")
    if args.pos is not None:
        tagged = read_conllu(args.pos)[: args.limit]
        accuracy = evaluate_tags(nlp, tagged)
        print(f"POS {args.pos.name}: {accuracy.tokens} tokens, STTS accuracy {accuracy.stts:.3f}, "
              f"UPOS accuracy {accuracy.upos:.3f}, lemma accuracy {accuracy.lemma:.3f}")
    return 0
