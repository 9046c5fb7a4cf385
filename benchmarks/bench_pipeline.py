"""Throughput and memory of the pipeline, stage by stage and end to end through the real flow.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles ../shared/corpora/gnad-articles/articles.csv]
        [--docs 1000] [--small 100] [--workers 1 2] [--model fast|hanta] [--skip-flow]

Input: the unlabelled news articles (one per CSV line, `category;'text'`), written as N `.txt` files
(repeated with new ids when N is larger than the file; repeats are cheaper, as HanTa's caches remember
their sentences). Prints, for the same texts:
- spaCy's blank German tokenizer (documents/s), the yardstick of the issue;
- every stage without Prefect, one process: read, analyse (spaCy: tags, lemmas, actors), temporal tagging, events,
  write, with wall and CPU seconds, and end to end;
- the real flow (`extract_events`, temporary Prefect server started once) with 1 and 2 workers: wall
  time for the small and the full folder, the marginal rate (full - small) / (time full - time small),
  the ratio to the blank tokenizer, CPU seconds per document, and the rerun of the unchanged folder;
- peak resident memory of the flow runs: this process and its largest child (a worker process).
Wall-clock numbers depend on what else runs on the machine; CPU seconds much less.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = ROOT.parent / "shared" / "corpora" / "gnad-articles" / "articles.csv"
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float  # this process plus its finished children


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(function: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Timing]:
    wall, cpu = time.perf_counter(), _cpu()
    result = function(*args, **kwargs)
    return result, Timing(time.perf_counter() - wall, _cpu() - cpu)


def write_folder(texts: list[str], n: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return folder


def row(label: str, n: int, timing: Timing) -> None:
    print(f"  {label:<34} {timing.wall:8.2f} s wall {n / timing.wall:8.1f} docs/s"
          f"   {timing.cpu:8.2f} s CPU {1000 * timing.cpu / n:7.1f} ms/doc")


def blank_tokenizer(texts: list[str]) -> Timing:
    import spacy

    nlp = spacy.blank("de")
    _, timing = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)))
    return timing


def stages_without_prefect(folder: Path, db: Path, model: str | None) -> dict[str, Timing]:
    """Every stage in one process, in the flow's order, over the whole folder."""
    from eventline import pipeline, storage
    from eventline.documents import discover_files, read_path
    from eventline.nlp import load_pipeline
    from eventline.nlp.hanta import clear_caches

    clear_caches()  # cold, as a fresh run starts (the flow runs before analysed the same texts here)
    results: dict[str, Timing] = {}
    nlp, results["load pipeline"] = timed(load_pipeline, model)
    paths = discover_files(folder)
    documents, results["read"] = timed(lambda: [d for p in paths for d in read_path(p, folder)])
    docs, results["analyse (spaCy: tags, actors)"] = timed(pipeline.analyze_documents, documents, nlp)
    timexes, results["temporal tagging"] = timed(pipeline.tag_documents, documents)
    events, results["event extraction"] = timed(pipeline.extract_document_events, documents, docs, timexes)
    storage.ensure_schema(db)
    _, results["write to DuckDB"] = timed(
        storage.replace_documents, db, documents, timexes, events, run_id="bench", processed_at=datetime.now()
    )
    return results


def run_flow(folder: Path, db: Path, workers: int, model: str | None) -> Timing:
    """One flow run with cold caches (one worker analyses in this process, which analysed before)."""
    from eventline import parallel
    from eventline.nlp.hanta import clear_caches
    from flows.extract_events import extract_events

    from eventline.settings import Settings

    clear_caches()
    runner = parallel.task_runner(workers=workers)
    _, timing = timed(extract_events.with_options(task_runner=runner), input_dir=folder, db_path=db,
                      batch_size=Settings().batch_size, model=model)  # `eventline run`'s batches
    return timing


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="CSV of articles (category;'text')")
    parser.add_argument("--docs", type=int, default=1000, help="documents in the full folder")
    parser.add_argument("--small", type=int, default=100, help="documents in the small folder (marginal rate)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run the flow with")
    parser.add_argument("--model", default=None, help='pipeline: "fast" (default), "hanta", or a spaCy model')
    parser.add_argument("--skip-stages", action="store_true", help="no stage-by-stage run")
    parser.add_argument("--skip-flow", action="store_true", help="no Prefect runs")
    args = parser.parse_args()
    if not args.articles.is_file():
        sys.exit(f"no articles at {args.articles}")

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from eventline.settings import configure_prefect_environment

    configure_prefect_environment()
    from eventline.nlp.corpora import read_gnad_articles

    texts = read_gnad_articles(args.articles)
    n, small = args.docs, min(args.small, args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full_dir = write_folder(texts, n, work / "full")
        small_dir = write_folder(texts, small, work / "small")
        corpus = [texts[i % len(texts)] for i in range(n)]
        print(f"{n} documents ({len(set(corpus))} distinct), {sum(map(len, corpus)):,} characters; "
              f"{os.cpu_count()} CPUs, {sys.version.split()[0]}")

        blank = blank_tokenizer(corpus)
        print("\nspaCy blank German tokenizer (the yardstick)")
        row("tokenize", n, blank)
        blank_rate = n / blank.wall
        del corpus

        if not args.skip_flow:
            print("\nthrough the flow (Prefect; temporary server started once, before the first run)")
            _, server = timed(run_flow, small_dir, work / "warmup.duckdb", 1, args.model)
            print(f"  {'first run (server start-up)':<34} {server.wall:8.2f} s wall")
            rates: dict[int, float] = {}
            for workers in args.workers:
                t_small = run_flow(small_dir, work / f"small-{workers}.duckdb", workers, args.model)
                t_full = run_flow(full_dir, work / f"full-{workers}.duckdb", workers, args.model)
                rerun = run_flow(full_dir, work / f"full-{workers}.duckdb", workers, args.model)
                marginal = (n - small) / max(t_full.wall - t_small.wall, 1e-9)
                marginal_cpu = (t_full.cpu - t_small.cpu) / max(n - small, 1)
                rates[workers] = marginal
                print(f"  {workers} worker{'s' if workers > 1 else ''}:")
                row(f"{small} documents", small, t_small)
                row(f"{n} documents", n, t_full)
                print(f"  {'marginal rate':<34} {marginal:8.1f} docs/s"
                      f"   {1000 * marginal_cpu:8.1f} ms CPU/doc;  ratio to the blank tokenizer {marginal / blank_rate:.3f}")
                print(f"  {'rerun, unchanged':<34} {rerun.wall:8.2f} s wall (fresh {small}: {t_small.wall:.2f} s)")
            if 1 in rates and len(rates) > 1:
                for workers, rate in rates.items():
                    if workers != 1:
                        print(f"  scaling 1 -> {workers} workers: {rate / rates[1]:.2f}x")

        print(f"\npeak resident memory of the flow runs: this process {peak_mib(resource.RUSAGE_SELF):.0f} MiB, "
              f"largest worker process {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB")

        if not args.skip_stages:
            print("\nwithout Prefect, one process, stage by stage")
            stages = stages_without_prefect(full_dir, work / "stages.duckdb", args.model)
            for label, timing in stages.items():
                if label == "load pipeline":
                    print(f"  {label:<34} {timing.wall:8.2f} s")
                else:
                    row(label, n, timing)
            total = Timing(sum(t.wall for k, t in stages.items() if k != "load pipeline"),
                           sum(t.cpu for k, t in stages.items() if k != "load pipeline"))
            row("end to end (without Prefect)", n, total)
            print(f"  {'ratio to the blank tokenizer':<34} {n / total.wall / blank_rate:8.3f}")



if __name__ == "__main__":
    main()
