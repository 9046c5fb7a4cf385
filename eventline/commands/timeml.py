"""`eventline timeml IN_DIR OUT_DIR`: tag TimeML files with TIMEX3, leaving all other bytes as they were."""
from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from eventline.temporal.timeml import MarkupFormat, TimexAnnotation, annotate_timeml, detect_format, parse_document

HELP = "Tag the <TEXT> of TimeML files (DCT from <DCT>) with inline TIMEX3 and write them to OUT_DIR."
EXAMPLES = """  eventline timeml ../shared/corpora/krauts-dev/gold out/krauts-tagged
  eventline timeml wikiwars/ out/wikiwars --style narrative"""

# Plain text and its DCT in, annotations (offsets into that text) out.
TextTagger = Callable[[str, date | None], Sequence[TimexAnnotation]]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("in_dir", type=Path, metavar="IN_DIR", help="folder of TimeML files (*.tml), searched recursively")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="where the tagged files go (same relative paths)")
    parser.add_argument("--style", choices=("news", "narrative"), default="news", help="tagger document style")


def tag_timeml_file(raw: str, tagger: TextTagger) -> str:
    """The file with our TIMEX3 tags in <TEXT> (any there before are replaced); DCT and the rest untouched."""
    document = parse_document(raw, "", MarkupFormat.TIMEML)
    return annotate_timeml(raw, tagger(document.text, document.dct))


def timeml_files(in_dir: Path) -> list[Path]:
    return sorted(p for p in in_dir.rglob("*.tml") if p.is_file())


def tag_directory(in_dir: Path, out_dir: Path, tagger: TextTagger) -> list[Path]:
    """Tag every TimeML file under `in_dir` into the same relative path under `out_dir`."""
    written: list[Path] = []
    for path in timeml_files(in_dir):
        # newline="" keeps CRLF and lone CR exactly as they are in the input
        with path.open(encoding="utf-8", newline="") as handle:
            raw = handle.read()
        if detect_format(raw) is not MarkupFormat.TIMEML:
            continue
        target = out_dir / path.relative_to(in_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8", newline="") as handle:
            handle.write(tag_timeml_file(raw, tagger))
        written.append(target)
    return written


def run(args: argparse.Namespace) -> int:
    try:
        from eventline.temporal import DocumentStyle, tag_text
    except ImportError as exc:
        print(f"the temporal tagger is not available: {exc}")
        return 2
    from eventline.temporal.timeml import annotation_from_timex

    style = DocumentStyle[args.style.upper()]

    def tagger(text: str, dct: date | None) -> list[TimexAnnotation]:
        return [annotation_from_timex(t) for t in tag_text(text, dct, style, timeml=True)]

    if not args.in_dir.is_dir():
        print(f"{args.in_dir} is not a directory")
        return 2
    written = tag_directory(args.in_dir, args.out_dir, tagger)
    print(f"tagged {len(written)} TimeML files into {args.out_dir}")
    return 0
