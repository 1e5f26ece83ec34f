"""`wirecoder bench`: articles/s, words/s and peak memory, parse only vs. the
full pipeline (parse + every coding stage + store), on the same input.

Each mode runs in a fresh child process so that its peak memory (ru_maxrss)
is its own and the second mode does not profit from the first one's warm-up.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .clean import make_article
from .ingest import read_inputs
from .records import RawArticle


def _load(data: Path, limit: int | None) -> list:
    articles = []
    for item in read_inputs([data]):
        if isinstance(item, RawArticle):
            articles.append(make_article(item))
            if limit and len(articles) >= limit:
                break
    return articles


def _measure(mode: str, data: Path, limit: int | None, processes: int) -> dict:
    """Run one mode in this process and return its figures."""
    from .nlp import load_nlp, parse_many

    articles = _load(data, limit)
    words = sum(len(a.clean_text.split()) for a in articles)
    load_nlp()  # model loading is not part of the throughput
    if mode == "full":
        # neither are the stages' one-time loads (dictionaries, gazetteer index)
        from .pipeline import extract

        extract("Officials in Paris said on Monday that 300 troops left.", published="2025-01-06")
    start, cpu_start = time.perf_counter(), time.process_time()
    if mode == "parse":
        for _doc in parse_many((a.clean_text for a in articles), n_process=processes):
            pass
    else:
        from .pipeline import PipelineConfig, code_article
        from .store import Store

        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
            docs = parse_many((a.clean_text for a in articles), n_process=processes)
            for article, doc in zip(articles, docs):
                store.save_extraction(code_article(doc, article, PipelineConfig()), "bench", "bench")
    seconds = time.perf_counter() - start
    # CPU time of this process: what the work costs, whatever else the
    # machine is doing (wall time is what a user waits, on an idle machine).
    cpu_seconds = time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "mode": mode, "articles": len(articles), "words": words, "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "articles_per_cpu_s": round(len(articles) / cpu_seconds, 2) if cpu_seconds else None,
        "articles_per_s": round(len(articles) / seconds, 2) if seconds else None,
        "words_per_s": round(words / seconds) if seconds else None,
        "peak_memory_mb": round(peak_kb / 1024),
    }


def run_bench(data: Path, limit: int | None = None, processes: int = 1) -> dict:
    results = []
    for mode in ("parse", "full"):
        command = [sys.executable, "-m", "wirecoder.bench", mode, str(data), str(limit or 0), str(processes)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    from .pipeline import stage_names

    return {"data": str(data), "processes": processes, "stages": stage_names(), "results": results}


def format_bench(result: dict) -> str:
    lines = [
        f"data: {result['data']}  processes: {result['processes']}  stages: {', '.join(result['stages'])}",
        f"{'mode':<8}{'articles':>10}{'words':>10}{'seconds':>10}{'articles/s':>12}{'words/s':>10}"
        f"{'cpu s':>10}{'art./cpu s':>12}{'peak MB':>10}",
    ]
    for r in result["results"]:
        lines.append(
            f"{r['mode']:<8}{r['articles']:>10}{r['words']:>10}{r['seconds']:>10}"
            f"{r['articles_per_s']:>12}{r['words_per_s']:>10}{r['cpu_seconds']:>10}{r['articles_per_cpu_s']:>12}"
            f"{r['peak_memory_mb']:>10}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    mode, data, limit, processes = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) or None, int(sys.argv[4])
    print(json.dumps(_measure(mode, data, limit, processes)))
