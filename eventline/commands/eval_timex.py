"""`eventline eval-timex`: score temporal tagging against TimeML / TIMEX2 gold (TempEval-3 style)."""
from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from eventline.temporal.corpora import CorpusDocument, load_corpus
from eventline.temporal.scoring import (
    Alignment,
    Counts,
    ErrorKind,
    TimexError,
    align_document,
    count_alignment,
    counts_by_subset,
    errors_by_kind,
    scores_from_counts,
)
from eventline.temporal.timeml import MarkupFormat, TimexAnnotation
from eventline.temporal.yaml_gold import is_yaml_gold, load_yaml_gold

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

HELP = "Score the temporal tagger (or an existing system output directory) against TimeML/TIMEX2 gold."
EXAMPLES = """  eventline eval-timex ../shared/corpora/krauts-dev/gold
  eventline eval-timex ../shared/corpora/krauts-dev/gold --system ../shared/corpora/krauts-dev/heideltime
  eventline eval-timex GOLD_DIR --errors 0 --json scores.json"""

STYLES = ("auto", "news", "narrative")
TABLE_WIDTH = 130

# Where system annotations for a gold document come from: our tagger, or a folder of output files.
SystemSource = Callable[[CorpusDocument], Sequence[TimexAnnotation]]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold_dir", type=Path, metavar="GOLD",
                        help="folder with gold TimeML (*.tml) or TIMEX2 keyinline (*.key.xml) files, searched "
                             "recursively; or an event gold YAML file (its timexes; articles from --docs)")
    parser.add_argument("--docs", type=Path, metavar="DIR",
                        help="with a YAML gold file: the folder of its articles (default: the YAML's folder)")
    parser.add_argument("--style", choices=STYLES, default="auto",
                        help="tagger document style; auto: narrative for TIMEX2 (WikiWars), news for TimeML")
    parser.add_argument("--system", type=Path, metavar="DIR",
                        help="score this existing output folder (same relative paths as GOLD_DIR) instead of running the tagger")
    parser.add_argument("--errors", type=int, default=20, metavar="N", help="show the first N errors of each kind (0: none)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write scores and all errors as JSON")


def style_for(option: str, markup: MarkupFormat) -> str:
    """The DocumentStyle member name: narrative for TIMEX2 (WikiWars-type narratives), else news."""
    if option == "auto":
        return "NARRATIVE" if markup is MarkupFormat.TIMEX2 else "NEWS"
    return option.upper()


def tagger_for_style(option: str, timeml: bool = True) -> SystemSource:
    """Run our tagger on a document's text with its DCT.

    `timeml`: TimeML or TIMEX2 gold, scored against what a TimeML export holds (no "bisher"); an event
    gold YAML follows the project's own convention and is scored against every expression.
    """
    from eventline.temporal import DocumentStyle, tag_text  # the tagger is optional for --system
    from eventline.temporal.timeml import annotation_from_timex

    def tag(item: CorpusDocument) -> list[TimexAnnotation]:
        document = item.document
        style = DocumentStyle[style_for(option, document.markup)]
        return [annotation_from_timex(t) for t in tag_text(document.text, document.dct, style, timeml=timeml)]

    return tag


def system_output_reader(system_dir: Path) -> SystemSource:
    """Annotations from the file at the gold file's relative path under `system_dir` (none if absent)."""
    by_key = {doc.key: doc for doc in load_corpus(system_dir)}

    def read(item: CorpusDocument) -> Sequence[TimexAnnotation]:
        found = by_key.get(item.key)
        if found is None:
            return ()
        if found.document.text != item.document.text:
            raise ValueError(f"{found.path}: its <TEXT> differs from the gold text, offsets would not line up")
        return found.document.annotations

    return read


def read_gold(gold_path: Path, documents_dir: Path | None, console: Console) -> list[CorpusDocument] | None:
    """The gold documents of a TimeML/TIMEX2 folder or of an event gold YAML file; None (said why) if none."""
    if is_yaml_gold(gold_path):
        documents_dir = documents_dir or gold_path.parent
        if not documents_dir.is_dir():
            console.print(f"{documents_dir} is not a directory (the articles of {gold_path}: --docs DIR)")
            return None
        gold, unplaced = load_yaml_gold(gold_path, documents_dir)
        for missing in unplaced:
            console.print(f"{missing.doc}: gold timex {missing.text!r} is not in the text (not scored)")
        if not gold:
            console.print(f"none of the documents of {gold_path} is in {documents_dir}")
            return None
        return gold
    if not gold_path.is_dir():
        console.print(f"{gold_path} is neither a directory nor a YAML gold file")
        return None
    gold = load_corpus(gold_path)
    if not gold:
        console.print(f"no TimeML or TIMEX2 gold files under {gold_path}")
        return None
    return gold


def align_corpus(gold: Sequence[CorpusDocument], system: SystemSource) -> list[Alignment]:
    return [align_document(item.key, item.subset, item.document.text, item.document.annotations, system(item))
            for item in gold]


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def score_table(counts: Mapping[str, Counts]) -> Table:
    from rich.table import Table

    table = Table(title="Temporal expressions (TempEval-3 style, micro-averaged)")
    for header in ("subset", "gold", "sys", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
                   "relaxed F1", "value acc", "type acc", "value F1"):
        table.add_column(header, justify="left" if header == "subset" else "right", no_wrap=header == "subset")
    for name, subset_counts in counts.items():
        s = scores_from_counts(subset_counts)
        table.add_row(name, str(subset_counts.gold), str(subset_counts.system),
                      *(_percent(v) for v in (s.strict_precision, s.strict_recall, s.strict_f1, s.relaxed_precision,
                                              s.relaxed_recall, s.relaxed_f1, s.value_accuracy, s.type_accuracy,
                                              s.value_f1)))
    return table


def _error_line(error: TimexError) -> str:
    values = {
        ErrorKind.MISSED: f"gold={error.gold_value}",
        ErrorKind.SPURIOUS: f"sys={error.system_value}",
        ErrorKind.WRONG_VALUE: f"gold={error.gold_value} sys={error.system_value}"
        + (f" (sys extent {error.system_text!r})" if error.system_text else ""),
        ErrorKind.WRONG_EXTENT: f"sys extent {error.system_text!r}",
    }[error.kind]
    return f"{error.doc_id}:{error.start} {error.text!r} {values} | {error.context}"


def report_json(alignments: Sequence[Alignment]) -> dict:
    """Scores overall and per subset, counts per document (to find the worst ones), and every error."""
    return {
        "scores": {name: {**asdict(scores_from_counts(c)), "counts": asdict(c)}
                   for name, c in counts_by_subset(alignments).items()},
        "documents": {a.doc_id: asdict(count_alignment(a)) for a in alignments},
        "errors": {str(kind): [asdict(e) for e in found] for kind, found in errors_by_kind(alignments).items()},
    }


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if console.width < TABLE_WIDTH:  # pipes and CI get 80 columns, too narrow for twelve columns
        console = Console(width=TABLE_WIDTH)
    gold = read_gold(args.gold_dir, args.docs, console)
    if gold is None:
        return 2
    if args.system is not None:
        alignments = align_corpus(gold, system_output_reader(args.system))
    else:
        try:
            tagger = tagger_for_style(args.style, timeml=not is_yaml_gold(args.gold_dir))
        except ImportError as exc:
            console.print(f"the temporal tagger is not available ({exc}); score an output folder with --system DIR")
            return 2
        started = time.perf_counter()
        alignments = align_corpus(gold, tagger)
        seconds = time.perf_counter() - started
        n_chars = sum(len(item.document.text) for item in gold)
        console.print(f"tagged {len(gold)} documents ({n_chars} characters) in {seconds:.2f} s")
    counts = counts_by_subset(alignments)
    errors = errors_by_kind(alignments)
    console.print(score_table(counts))
    if args.errors > 0:
        for kind, found in errors.items():
            console.print(f"\n[bold]{kind}[/bold] ({len(found)}; first {min(args.errors, len(found))})")
            for error in found[: args.errors]:
                console.print(escape(_error_line(error)), soft_wrap=True)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report_json(alignments), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
