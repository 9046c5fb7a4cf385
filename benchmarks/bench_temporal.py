"""Speed and quality of our temporal tagger vs dateparser's `search_dates` on KRAUTS dev texts.

    .venv/bin/python benchmarks/bench_temporal.py [--corpus DIR] [--limit N] [--dateparser-limit N]
        [--autodetect-limit N] [--repeats N]

Both systems see the same documents: dateparser sentence by sentence (it is a sentence-level
function), our tagger a whole document at a time. The speed-up compares both on the same documents
(dateparser's subset when --dateparser-limit cuts it). Each timing is the best of --repeats passes,
in CPU time (time.process_time: what the process itself spent, robust on a shared machine) and wall
clock. Reported: sentences/s, chars/s, the speed-up on both, first-call (loading) time, peak Python
memory (tracemalloc, on a separate pass so timing is not slowed down), and each system's TempEval-3
scores through `eventline.temporal.scoring`. dateparser runs as `search_dates(sentence,
languages=["de"], settings={"RELATIVE_BASE": dct})`; a second reference line runs it with its
default language detection (no `languages`) on the first --autodetect-limit documents.
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
    seconds: float  # wall clock tagging all documents after the first call, best of the repeats
    cpu_seconds: float  # process CPU time of the same, best of the repeats
    first_call_seconds: float  # loading and compiling, measured under tracemalloc (so somewhat slower)
    load_peak_bytes: int  # Python allocations peak during the first call
    peak_bytes: int  # Python allocations peak while tagging `memory_docs` documents once loaded; -1: none
    annotations: dict[str, list[TimexAnnotation]]  # per corpus key

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds

    @property
    def sentences_per_cpu_second(self) -> float:
        return self.sentences / self.cpu_seconds

    @property
    def chars_per_cpu_second(self) -> float:
        return self.chars / self.cpu_seconds


def split_sentences(texts: Sequence[str]) -> list[list[Sentence]]:
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return [[Sentence(s.start_char, s.text) for s in doc.sents if s.text.strip()] for doc in nlp.pipe(texts)]


def _base(dct: date | None) -> dict:
    return {} if dct is None else {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)}


def dateparser_annotations(sentences: Sequence[Sentence], dct: date | None,
                           languages: list[str] | None = None) -> list[TimexAnnotation]:
    """search_dates per sentence; found substrings are located left to right to get offsets.

    `languages=None` leaves dateparser's own language detection on.
    """
    from dateparser.search import search_dates

    found: list[TimexAnnotation] = []
    for sentence in sentences:
        cursor = 0
        for surface, moment in search_dates(sentence.text, languages=languages, settings=_base(dct)) or []:
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

    return [annotation_from_timex(t) for t in tag_text(text, dct, timeml=True)]


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
            memory_docs: int, repeats: int) -> Run:
    pairs = list(zip(corpus, sentences))
    first_call, load_peak = _traced(lambda: tagger(corpus[0], sentences[0][:1]))
    walls: list[float] = []
    cpus: list[float] = []
    annotations: dict[str, list[TimexAnnotation]] = {}
    for _ in range(repeats):
        wall_started, cpu_started = time.perf_counter(), time.process_time()
        annotations = {item.key: tagger(item, doc_sentences) for item, doc_sentences in pairs}
        walls.append(time.perf_counter() - wall_started)
        cpus.append(time.process_time() - cpu_started)
    peak = -1  # not measured
    if memory_docs:
        _, peak = _traced(lambda: [tagger(item, doc_sentences) for item, doc_sentences in pairs[:memory_docs]])
    return Run(name, len(corpus), sum(map(len, sentences)), sum(len(item.document.text) for item in corpus),
               min(walls), min(cpus), first_call, load_peak, peak, annotations)


def print_speed(runs: Sequence[Run]) -> None:
    width = max(len(run.name) for run in runs) + 2
    print(f"{'system':<{width}}{'docs':>5}{'sents':>7}{'wall s':>8}{'cpu s':>8}{'sent/s':>9}{'chars/s':>10}"
          f"{'wall ch/s':>10}{'1st call s':>11}{'load MiB':>9}{'peak MiB':>9}")
    for run in runs:
        peak = f"{run.peak_bytes / 2**20:>9.2f}" if run.peak_bytes >= 0 else f"{'-':>9}"
        print(f"{run.name:<{width}}{run.documents:>5}{run.sentences:>7}{run.seconds:>8.2f}{run.cpu_seconds:>8.2f}"
              f"{run.sentences_per_cpu_second:>9.0f}{run.chars_per_cpu_second:>10.0f}{run.chars_per_second:>10.0f}"
              f"{run.first_call_seconds:>11.2f}{run.load_peak_bytes / 2**20:>9.2f}{peak}")


def print_speed_up(ours: Run, theirs: Run) -> None:
    """Ratios of throughput, both runs over the same documents."""
    print(f"speed-up over {theirs.name}: "
          f"CPU {ours.chars_per_cpu_second / theirs.chars_per_cpu_second:.1f}x chars/s, "
          f"{ours.sentences_per_cpu_second / theirs.sentences_per_cpu_second:.1f}x sentences/s; "
          f"wall {ours.chars_per_second / theirs.chars_per_second:.1f}x chars/s, "
          f"{ours.sentences_per_second / theirs.sentences_per_second:.1f}x sentences/s")


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
    parser.add_argument("--autodetect-limit", type=int, default=3,
                        help="documents for the reference run of dateparser with its own language detection "
                             "(0: skip it)")
    parser.add_argument("--memory-docs", type=int, default=5, help="documents in the tracemalloc pass")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes per system; the best one counts")
    args = parser.parse_args()

    corpus = load_corpus(args.corpus)
    if args.limit:
        corpus = corpus[: args.limit]
    sentences = split_sentences([item.document.text for item in corpus])
    n_chars = sum(len(item.document.text) for item in corpus)
    print(f"{len(corpus)} documents, {sum(map(len, sentences))} sentences, {n_chars} characters from {args.corpus}")

    def ours(item: CorpusDocument, _: list[Sentence]) -> list[TimexAnnotation]:
        return our_annotations(item.document.text, item.document.dct)

    def dateparser_de(item: CorpusDocument, doc_sentences: list[Sentence]) -> list[TimexAnnotation]:
        return dateparser_annotations(doc_sentences, item.document.dct, languages=["de"])

    def dateparser_detected(item: CorpusDocument, doc_sentences: list[Sentence]) -> list[TimexAnnotation]:
        return dateparser_annotations(doc_sentences, item.document.dct, languages=None)

    def first(count: int) -> tuple[list[CorpusDocument], list[list[Sentence]]]:
        return corpus[:count], sentences[:count]

    def timed(name: str, tagger: Tagger, count: int, memory_docs: int = args.memory_docs) -> Run:
        return measure(name, tagger, *first(count), min(memory_docs, count), args.repeats)

    dp_count = min(args.dateparser_limit or len(corpus), len(corpus))
    detect_count = min(args.autodetect_limit, len(corpus))
    runs: list[Run] = []  # ours: the whole corpus, then the subsets dateparser runs on
    try:
        for count in dict.fromkeys((len(corpus), dp_count, detect_count)):
            if count:
                runs.append(timed(f"eventline tag_text, {count} docs", ours, count))
    except ImportError as exc:
        print(f"our tagger is not available ({exc}); timing dateparser only")
    ours_on = {run.documents: run for run in runs}
    dp_run = timed(f'dateparser search_dates languages=["de"], {dp_count} docs', dateparser_de, dp_count)
    references = [dp_run]
    if detect_count:
        # No tracemalloc pass: language detection under tracemalloc takes minutes.
        references.append(timed(f"dateparser search_dates (language detection), {detect_count} docs",
                                dateparser_detected, detect_count, memory_docs=0))

    print(f"\nspeed, best of {args.repeats} passes; sent/s and chars/s in CPU time (time.process_time), "
          "wall ch/s in wall clock")
    print("(peak MiB: tracemalloc while tagging the first --memory-docs documents once loaded)")
    print_speed([*runs, *references])
    for reference in references:
        if reference.documents in ours_on:
            print_speed_up(ours_on[reference.documents], reference)
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")

    print("\nquality (TempEval-3, eventline.temporal.scoring)")
    if runs:
        print_quality(runs[0].name, align_run(runs[0], corpus))
    dp_alignments = align_run(dp_run, corpus[:dp_count])
    print_quality(dp_run.name, dp_alignments)
    print("  the same, dateparser's day cut to the gold value's granularity (2010-05-03 counts for gold 2010-05):")
    print_quality(dp_run.name, [cut_to_gold_granularity(a) for a in dp_alignments])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
