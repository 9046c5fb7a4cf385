"""Speed and quality of our temporal tagger vs dateparser's `search_dates` on KRAUTS dev texts.

    .venv/bin/python benchmarks/bench_temporal.py [--corpus DIR] [--limit N] [--dateparser-limit N]

Both systems see the same documents: dateparser sentence by sentence (it is a sentence-level
function), our tagger a whole document at a time. Reported: sentences/s, chars/s, the speed-up,
first-call (loading) time, peak Python memory (tracemalloc, on a separate pass so timing is not
slowed down), and each system's TempEval-3 scores through `eventline.temporal.scoring`.
dateparser values are the ISO date of what it found (it has no granularity), as in the issue.
"""
from __future__ import annotations

import argparse
import re
import resource
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from eventline.temporal.corpora import CorpusDocument, load_corpus
from eventline.temporal.scoring import Alignment, Match, align_document, counts_by_subset, scores_from_counts
from eventline.temporal.timeml import TimexAnnotation

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "krauts-dev" / "gold"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    text: str


@dataclass(frozen=True, slots=True)
class Run:
    name: str
    documents: int
    sentences: int
    chars: int
    seconds: float  # tagging all documents, after the first call
    first_call_seconds: float  # loading and compiling, measured under tracemalloc (so somewhat slower)
    load_peak_bytes: int  # Python allocations peak during the first call
    peak_bytes: int  # Python allocations peak while tagging `memory_docs` documents once loaded
    annotations: dict[str, list[TimexAnnotation]]  # per corpus key

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds


def split_sentences(texts: Sequence[str]) -> list[list[Sentence]]:
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return [[Sentence(s.start_char, s.text) for s in doc.sents if s.text.strip()] for doc in nlp.pipe(texts)]


def _base(dct: date | None) -> dict:
    return {} if dct is None else {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)}


def dateparser_annotations(sentences: Sequence[Sentence], dct: date | None) -> list[TimexAnnotation]:
    """search_dates per sentence; found substrings are located left to right to get offsets."""
    from dateparser.search import search_dates

    found: list[TimexAnnotation] = []
    for sentence in sentences:
        cursor = 0
        for surface, moment in search_dates(sentence.text, languages=["de"], settings=_base(dct)) or []:
            at = sentence.text.find(surface, cursor)
            if at < 0:
                continue
            cursor = at + len(surface)
            start = sentence.start + at
            found.append(TimexAnnotation(start, start + len(surface), surface, moment.date().isoformat(), "DATE"))
    return found


def our_annotations(text: str, dct: date | None) -> list[TimexAnnotation]:
    from eventline.temporal import tag_text
    from eventline.temporal.timeml import annotation_from_timex

    return [annotation_from_timex(t) for t in tag_text(text, dct)]


Tagger = Callable[[CorpusDocument, list[Sentence]], list[TimexAnnotation]]


def _traced(call: Callable[[], object]) -> tuple[float, int]:
    """(seconds, peak bytes of Python allocations) of one call under tracemalloc."""
    tracemalloc.start()
    started = time.perf_counter()
    call()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak


def measure(name: str, tagger: Tagger, corpus: Sequence[CorpusDocument], sentences: Sequence[list[Sentence]],
            memory_docs: int) -> Run:
    pairs = list(zip(corpus, sentences))
    first_call, load_peak = _traced(lambda: tagger(corpus[0], sentences[0][:1]))
    started = time.perf_counter()
    annotations = {item.key: tagger(item, doc_sentences) for item, doc_sentences in pairs}
    seconds = time.perf_counter() - started
    _, peak = _traced(lambda: [tagger(item, doc_sentences) for item, doc_sentences in pairs[:memory_docs]])
    return Run(name, len(corpus), sum(map(len, sentences)), sum(len(item.document.text) for item in corpus),
               seconds, first_call, load_peak, peak, annotations)


def print_speed(runs: Sequence[Run]) -> None:
    print(f"{'system':<25}{'docs':>5}{'sentences':>10}{'seconds':>9}{'sent/s':>9}{'chars/s':>10}"
          f"{'1st call s':>11}{'load MiB':>9}{'peak MiB':>9}")
    for run in runs:
        print(f"{run.name:<25}{run.documents:>5}{run.sentences:>10}{run.seconds:>9.2f}{run.sentences_per_second:>9.0f}"
              f"{run.chars_per_second:>10.0f}{run.first_call_seconds:>11.2f}{run.load_peak_bytes / 2**20:>9.2f}"
              f"{run.peak_bytes / 2**20:>9.2f}")


def align_run(run: Run, corpus: Sequence[CorpusDocument]) -> list[Alignment]:
    return [align_document(item.key, item.subset, item.document.text, item.document.annotations,
                           run.annotations[item.key]) for item in corpus]


def cut_to_gold_granularity(alignment: Alignment) -> Alignment:
    """Credit a full date when the gold is coarser: 2010-05-03 for gold 2010-05 (dateparser has no granularity)."""
    def cut(match: Match) -> Match:
        gold_value, system_value = match.gold.value, match.system.value
        if _ISO_DAY.fullmatch(system_value) and len(gold_value) < len(system_value):
            return Match(match.gold, replace(match.system, value=system_value[: len(gold_value)]))
        return match

    return replace(alignment, matches=tuple(cut(m) for m in alignment.matches))


def print_quality(name: str, alignments: Sequence[Alignment]) -> None:
    for subset, counts in counts_by_subset(alignments).items():
        s = scores_from_counts(counts)
        print(f"  {name:<26} {subset:<15} gold {counts.gold:>4} sys {counts.system:>4}  strict F1 "
              f"{100 * s.strict_f1:5.1f}  relaxed F1 {100 * s.relaxed_f1:5.1f}  value acc "
              f"{100 * s.value_accuracy:5.1f}  value F1 {100 * s.value_f1:5.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="gold folder (TimeML or TIMEX2)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N documents (0: all)")
    parser.add_argument("--dateparser-limit", type=int, default=0,
                        help="run dateparser on only the first N of those documents (0: all); it is slow")
    parser.add_argument("--memory-docs", type=int, default=5, help="documents in the tracemalloc pass")
    args = parser.parse_args()

    corpus = load_corpus(args.corpus)
    if args.limit:
        corpus = corpus[: args.limit]
    sentences = split_sentences([item.document.text for item in corpus])
    n_chars = sum(len(item.document.text) for item in corpus)
    print(f"{len(corpus)} documents, {sum(map(len, sentences))} sentences, {n_chars} characters from {args.corpus}")

    runs: list[Run] = []
    try:
        runs.append(measure("eventline tag_text", lambda item, _: our_annotations(item.document.text, item.document.dct),
                            corpus, sentences, args.memory_docs))
    except ImportError as exc:
        print(f"our tagger is not available ({exc}); timing dateparser only")

    dp_count = args.dateparser_limit or len(corpus)
    dp_corpus, dp_sentences = corpus[:dp_count], sentences[:dp_count]
    dp_run = measure("dateparser search_dates",
                     lambda item, doc_sentences: dateparser_annotations(doc_sentences, item.document.dct),
                     dp_corpus, dp_sentences, min(args.memory_docs, dp_count))

    print("\nspeed (peak MiB: tracemalloc while tagging the first --memory-docs documents once loaded)")
    print_speed([*runs, dp_run])
    if runs:
        print(f"speed-up of tag_text over search_dates: {runs[0].chars_per_second / dp_run.chars_per_second:.1f}x "
              f"(chars/s), {runs[0].sentences_per_second / dp_run.sentences_per_second:.1f}x (sentences/s)")
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")

    print("\nquality (TempEval-3, eventline.temporal.scoring)")
    for run in runs:
        print_quality(run.name, align_run(run, corpus))
    dp_alignments = align_run(dp_run, dp_corpus)
    print_quality(dp_run.name, dp_alignments)
    print("  the same, dateparser's day cut to the gold value's granularity (2010-05-03 counts for gold 2010-05):")
    print_quality(dp_run.name, [cut_to_gold_granularity(a) for a in dp_alignments])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
