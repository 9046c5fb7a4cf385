"""Throughput and memory of the whole pipeline (no Prefect): read, analyze, tag, extract, write.

    .venv/bin/python benchmarks/bench_pipeline.py [--docs N] [--corpus DIR]

Input: the KRAUTS raw texts from ../shared (TimeML markup stripped, DCT as sidecar-equivalent), or the
seed articles repeated when the corpus is absent. Prints seconds and documents/s per stage, tokens/s,
rows written, and peak resident memory.
"""
from __future__ import annotations

import argparse
import re
import resource
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from eventline import pipeline, storage
from eventline.documents import content_hash, discover_files, read_path
from eventline.nlp import load_pipeline
from schemas import DctSource, Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "krauts-dev" / "raw-text"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})"', re.S)


def load_documents(corpus: Path, limit: int) -> list[Document]:
    documents: list[Document] = []
    for path in sorted(corpus.rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        text = _TEXT.search(raw).group(1)
        published = date.fromisoformat(_DCT.search(raw).group(1))
        documents.append(
            Document(doc_id=path.name, path=path.name, text=text, sha256=content_hash(text),
                     published=published, dct_source=DctSource.METADATA)
        )
    if not documents:
        seeds = ROOT / "seeds"
        documents = [d for p in discover_files(seeds) for d in read_path(p, seeds)]
    while len(documents) < limit:
        documents += [replace(d, doc_id=f"{d.doc_id}~{len(documents) + i}") for i, d in enumerate(documents)]
    return documents[:limit]


def timed(label: str, n_docs: int, function, *args):
    started = time.perf_counter()
    result = function(*args)
    seconds = time.perf_counter() - started
    print(f"{label:<28} {seconds:8.2f} s  {n_docs / seconds:8.1f} docs/s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=125)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    documents = load_documents(args.corpus, args.docs)
    n = len(documents)
    n_chars = sum(len(d.text) for d in documents)
    print(f"{n} documents, {n_chars:,} characters")
    nlp, _ = timed("load pipeline", n, load_pipeline, args.model)
    docs, analyze_s = timed("analyze (spaCy + HanTa)", n, pipeline.analyze_documents, documents, nlp)
    n_tokens = sum(len(doc) for doc in docs)
    print(f"{'':<28} {n_tokens / analyze_s:8.0f} tokens/s ({n_tokens:,} tokens)")
    timexes, _ = timed("temporal tagging", n, pipeline.tag_documents, documents)
    events, _ = timed("event extraction", n, pipeline.extract_document_events, documents, docs, timexes)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        storage.ensure_schema(db)
        timed("write to DuckDB", n, lambda: storage.replace_documents(
            db, documents, timexes, events, run_id="bench", processed_at=datetime.now()))
    print(f"rows: {sum(map(len, timexes)):,} timexes, {sum(map(len, events)):,} events")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
