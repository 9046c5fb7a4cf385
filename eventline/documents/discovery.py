"""Find the input files under a folder, and name the entries that cannot be read.

The walk never follows a symbolic link out of the input folder (a link `leak.txt -> /etc/passwd` is
reported, not read) unless `follow_links` is set, and never opens anything: a FIFO named `x.txt` is
listed and then refused by the reader. Folders the walk cannot enter are listed too, so that the run
records them as error rows instead of silently missing their files (and the documents under them keep
their rows: they did not disappear).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path

DEFAULT_PATTERNS: tuple[str, ...] = ("**/*.txt", "**/*.md", "**/*.jsonl", "**/*.json")
SIDECAR_SUFFIX = ".meta.json"


def discover_files(
    root: Path, patterns: Sequence[str] = DEFAULT_PATTERNS, follow_links: bool = False
) -> list[Path]:
    """Article files under `root`, sorted; sidecars and hidden paths are left out.

    Entries that are not regular files are kept when they match (a dangling link, a FIFO, a file
    without permission), and so are folders that cannot be read and folder links that leave `root`,
    so that each is reported instead of silently missing.
    """
    root = Path(root)
    root_real = os.path.realpath(root)
    found: set[Path] = set()
    visited: set[str] = set()

    def unreadable(error: OSError) -> None:
        if error.filename is None or os.path.realpath(error.filename) == root_real:
            raise error  # the input folder itself: the run cannot start, say so
        found.add(Path(error.filename))

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=follow_links):
        here = Path(folder)
        visited.add(os.path.realpath(here))
        kept = []
        for name in sorted(subfolders):
            path = here / name
            if name.startswith("."):
                continue
            if path.is_symlink():
                target = os.path.realpath(path)
                if not follow_links:
                    if not is_within(target, root_real):
                        found.add(path)  # reported as "not followed"
                    continue  # a link inside the folder: its files are found under their own path
                if target in visited or is_within(root_real, target):
                    continue  # a loop
            kept.append(name)
        subfolders[:] = kept
        for name in names:
            path = here / name
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            if matches(path.relative_to(root).parts, patterns):
                found.add(path)
    return sorted(found)


def is_within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def leaves_folder(path: Path, root: Path) -> bool:
    """Whether `path` (through symbolic links) resolves outside `root`."""
    return not is_within(os.path.realpath(path), os.path.realpath(root))


def matches(parts: Sequence[str], patterns: Sequence[str]) -> bool:
    """Glob matching of a relative path, where `**` stands for any number of folders."""
    return any(_match(tuple(parts), tuple(pattern.split("/"))) for pattern in patterns)


def _match(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match(parts[skip:], pattern[1:]) for skip in range(len(parts) + 1))
    return bool(parts) and fnmatchcase(parts[0], pattern[0]) and _match(parts[1:], pattern[1:])


def source_label(input_dir: Path, source: str | None = None) -> str:
    """The label that starts every doc_id of an input folder: `source`, or the folder's own name."""
    return source or Path(input_dir).resolve().name or "input"
