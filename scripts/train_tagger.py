"""Train the fast German tagger and lemmatizer (the default pipeline's CNN) on HanTa-labelled text.

    .venv/bin/python scripts/train_tagger.py silver  [--out build/tagger] [--sources smartdata,germeval,mobie]
    .venv/bin/python scripts/train_tagger.py train   [--out build/tagger]   # spaCy training, CPU, ~15 min
    .venv/bin/python scripts/train_tagger.py package [--out build/tagger]   # into eventline/nlp/models/
    .venv/bin/python scripts/train_tagger.py all

HanTa (an HMM with a morphological analysis of each word it does not know) tags about 5,600 tokens/s. A
small spaCy CNN learns HanTa's own STTS tags and lemmas ("silver" labels) from unlabelled text in
`../shared/corpora/` and runs several times faster; `eventline/nlp/fast_tagger.py` asks HanTa only where
the CNN is unsure. The texts (never their labels) are the 10kGNAD articles, DFKI SmartData and GermEval
2014 (licences in `eventline/nlp/models/README.md`). The 10kGNAD articles that are also event development
articles (`../shared/corpora/events-dev/`) are left out, and UD German GSD dev stays out: they are where the
result is checked (`eval-events`, `benchmarks/bench_tagger.py`).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventline.nlp.corpora import read_gnad_articles, read_smartdata_texts  # noqa: E402
from eventline.nlp.evaluation import doc_from_words, read_conll2003, read_germeval  # noqa: E402
from eventline.nlp.models import TAGGER_COMPONENTS, TAGGER_MODEL  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
CONFIG = Path(__file__).with_name("tagger.cfg")
DEV_EVERY = 25  # one document in 25 is held out to follow training
MIN_LINE = 60  # characters: a line this long found in an article marks it as the same article


def hanta_pipeline() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("german_sentences")
    nlp.add_pipe("hanta_tagger")
    return nlp


def _held_out_lines() -> frozenset[str]:
    """Lines of the event development articles: most of them are 10kGNAD articles too, and the tagger must
    not have seen the text the event gold is measured on."""
    return frozenset(line.strip() for path in (CORPORA / "events-dev").glob("*.txt")
                     for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= MIN_LINE)


def _gnad(nlp: Language) -> Iterator[Doc]:
    held_out = _held_out_lines()
    articles = [text for text in read_gnad_articles(CORPORA / "gnad-articles" / "articles.csv")
                if not any(line in text for line in held_out)]
    yield from nlp.pipe(articles, batch_size=32)


def _smartdata(nlp: Language) -> Iterator[Doc]:
    for name in ("v1_20180119_train.json.gz", "v1_20180119_test.json.gz"):
        yield from nlp.pipe(read_smartdata_texts(CORPORA / "ner-extra" / "smartdata" / name), batch_size=32)


def _germeval(nlp: Language) -> Iterator[Doc]:
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for sentence in read_germeval(CORPORA / "germeval2014" / name):
            yield doc_from_words(nlp, sentence.words)


def _mobie(nlp: Language) -> Iterator[Doc]:
    for name in ("train", "dev", "test"):
        for sentence in read_conll2003(CORPORA / "ner-extra" / "mobie" / f"{name}.conll2003"):
            yield doc_from_words(nlp, sentence.words)


# Text sources (licences in eventline/nlp/models/README.md). The shipped model: news close to what users
# feed in. "smartdata,germeval,mobie" (all CC BY 4.0) trains a model free of 10kGNAD's non-commercial
# clause; measured, it costs events on the dev gold (README).
SOURCES = {"smartdata": _smartdata, "germeval": _germeval, "mobie": _mobie, "gnad": _gnad}
DEFAULT_SOURCES = ("gnad", "smartdata", "germeval")


def silver_docs(nlp: Language, sources: Iterable[str]) -> Iterator[Doc]:
    for source in sources:
        yield from SOURCES[source](nlp)


def write_silver(out: Path, sources: Iterable[str] = DEFAULT_SOURCES) -> None:
    out.mkdir(parents=True, exist_ok=True)
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    tokens = 0
    for number, doc in enumerate(silver_docs(hanta_pipeline(), sources)):
        (dev if number % DEV_EVERY == 0 else train).add(doc)
        tokens += len(doc)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    print(f"silver: {len(train)} train and {len(dev)} dev documents, {tokens:,} tokens -> {out}")


def train(out: Path) -> None:
    from spacy.cli.train import train as spacy_train

    spacy_train(CONFIG, out / "model", overrides={
        "paths.train": str(out / "train.spacy"), "paths.dev": str(out / "dev.spacy")})


def package(out: Path, components: Iterable[str] = TAGGER_COMPONENTS) -> None:
    nlp = spacy.load(out / "model" / "model-best")
    keep = set(components)
    for name in [n for n in nlp.pipe_names if n not in keep]:
        nlp.remove_pipe(name)
    shutil.rmtree(TAGGER_MODEL, ignore_errors=True)
    nlp.to_disk(TAGGER_MODEL)
    size = sum(p.stat().st_size for p in TAGGER_MODEL.rglob("*") if p.is_file())
    print(f"packaged {nlp.pipe_names} -> {TAGGER_MODEL} ({size / 2**20:.1f} MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("silver", "train", "package", "all"))
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "tagger")
    parser.add_argument("--sources", default=",".join(DEFAULT_SOURCES), help=f"from {', '.join(SOURCES)}")
    args = parser.parse_args()
    if args.step in ("silver", "all"):
        write_silver(args.out, args.sources.split(","))
    if args.step in ("train", "all"):
        train(args.out)
    if args.step in ("package", "all"):
        package(args.out)


if __name__ == "__main__":
    main()
