"""Find inline-annotated temporal corpora on disk (TimeML or TIMEX2 keyinline, any folder depth)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from eventline.temporal.timeml import AnnotatedDocument, detect_format, parse_document

# Inline-annotated files only; plain ACE input (.sgm) and APF stand-off (.apf.xml) are not gold.
CANDIDATE_SUFFIXES = (".tml", ".xml", ".timeml")
EXCLUDED_SUFFIXES = (".apf.xml",)


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    """A parsed file and where it sits in its corpus: `key` pairs gold with system output."""

    key: str  # path relative to the corpus root, POSIX style, e.g. "DieZeit/2000_40_Wagnis.tml"
    subset: str  # the sub-folder relative to the root ("." for files directly in it)
    path: Path
    document: AnnotatedDocument


def _is_candidate(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(CANDIDATE_SUFFIXES) and not name.endswith(EXCLUDED_SUFFIXES)


def _doc_id_from_name(path: Path) -> str:
    name = path.name
    for suffix in (".key.xml", *CANDIDATE_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_corpus_file(path: Path, root: Path) -> CorpusDocument | None:
    """Parse one file, or None when it holds neither TimeML nor TIMEX2 inline markup."""
    raw = path.read_text(encoding="utf-8-sig")
    markup = detect_format(raw)
    if markup is None:
        return None
    relative = PurePosixPath(path.relative_to(root).as_posix())
    return CorpusDocument(key=str(relative), subset=str(relative.parent), path=path,
                          document=parse_document(raw, _doc_id_from_name(path), markup))


def iter_corpus(root: Path) -> Iterator[CorpusDocument]:
    """Every annotated document under `root`, recursively, in sorted path order."""
    for path in sorted(p for p in root.rglob("*") if _is_candidate(p)):
        document = read_corpus_file(path, root)
        if document is not None:
            yield document


def load_corpus(root: Path) -> list[CorpusDocument]:
    if not root.is_dir():
        raise FileNotFoundError(f"{root} is not a directory")
    return list(iter_corpus(root))
