"""How one long document scales: all stages on a text of N characters (default 1,050,000, just over
spaCy's default limit), CPU time per stage and peak memory.

    .venv/bin/python benchmarks/bench_long_document.py [N ...]
"""
from __future__ import annotations

import resource
import sys
import time
from datetime import date

from eventline import pipeline
from eventline.nlp import load_pipeline
from schemas import Document

# A sentence of our own; repeated, it makes a text of any length with dates, actors and a trigger.
SENTENCE = "Am Montag kritisierte Polen die Regierung in Moskau, sagte der Minister in Berlin. "


def main(sizes: list[int]) -> None:
    nlp = load_pipeline()
    for size in sizes:
        text = (SENTENCE * (size // len(SENTENCE) + 1))[:size]
        documents = [Document("long", "long", text, "h", published=date(2024, 3, 4))]
        timings = {}
        started = time.process_time()
        docs = pipeline.analyze_documents(documents, nlp)
        timings["analyze"] = time.process_time() - started
        started = time.process_time()
        timexes = pipeline.tag_documents(documents)
        timings["tag"] = time.process_time() - started
        started = time.process_time()
        pipeline.extract_document_events(documents, docs, timexes)
        timings["extract"] = time.process_time() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        stages = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())
        print(f"{size:>10,} chars: {stages} (CPU); peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1_050_000])
