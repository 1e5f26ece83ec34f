"""Run every evaluation task and write docs/accuracy.md.

    python -m wirecoder.evaluation.report [--limit N] [--out docs/accuracy.md] [--gold DIR]
    python -m wirecoder.evaluation.report --from-json results.json   # rewrite the report only

Each task: wirecoder vs its peer baselines in the same run, the targets the
issues set and the figures other systems published, the command and its run
time. A task that fails is reported as failed and the others still run.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import sys
import time
import traceback
from importlib import resources
from pathlib import Path

import click

from . import TASKS, run_task
from .mappings import load_yaml
from .result import format_value

TASK_TITLES = {
    "events-plover": "Event type and actors (PLOVER gold standard records)",
    "events-cameo": "Event quad class and actor spans (ConfliBERT CAMEO)",
    "quotes": "Quotes and speakers (PolNeAR, dev)",
    "time": "Time expressions (TempEval-3, TimeBank + AQUAINT)",
    "entities": "Named entities (re3d)",
    "places": "Places (GeoWebNews and LGL)",
    "stories": "Same-story clustering (ECB+)",
    "quantities": "Quantities (NewsQuant)",
}


def _target_text(spec: dict, result: dict, metric: str) -> tuple[str, bool | None]:
    """(target as text, met?) for one metric; met is None when not measurable."""
    ours = result["systems"].get(spec.get("system", "wirecoder"), {})
    value = ours.get("metrics", {}).get(metric) if ours.get("status") == "ok" else None
    parts, met = [], None if value is None else True
    if "min" in spec:
        parts.append(f">= {spec['min']:.2f}")
        if value is not None:
            met = met and value >= spec["min"]
    if "above_baseline" in spec:
        base = result["systems"].get(spec["baseline"], {})
        base_value = base.get("metrics", {}).get(metric)
        parts.append(f"{spec['baseline']} + {spec['above_baseline']:.2f}")
        if value is not None and base_value is not None:
            met = met and value >= base_value + spec["above_baseline"]
    checked_on = f", on {spec['system']}" if "system" in spec else ""
    return " and ".join(parts) + f" ({spec.get('source', '')}{checked_on})", met


def task_section(name: str, result: dict | None, error: str | None, command: str) -> list[str]:
    lines = [f"## {name}: {TASK_TITLES.get(name, '')}", ""]
    lines.append(f"Command: `{command}`")
    lines.append("")
    if result is None:
        lines += ["**The task failed:**", "", "```", error or "", "```", ""]
        return lines
    lines.append(f"Data: `{result['data']}`, {result['n_documents']} documents; run time {result['seconds']:.0f} s "
                 "(" + ", ".join(f"{n} {r['seconds']:.0f} s" for n, r in result["systems"].items()) + ").")
    lines.append("")
    spec = load_yaml("targets.yaml").get(name, {})
    targets, published = spec.get("targets", {}), spec.get("published", {})
    systems = list(result["systems"])
    header = ["metric", *systems, "target", "published (other systems, other data)"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for metric in result["metrics"]:
        cells = [metric]
        for system in systems:
            row = result["systems"][system]
            cells.append(format_value(row["metrics"].get(metric)) if row["status"] == "ok" else row["status"])
        if metric in targets:
            text, met = _target_text(targets[metric], result, metric)
            cells.append(text + ({True: " met", False: " **not met**", None: ""}[met]))
        else:
            cells.append("")
        pub = published.get(metric)
        cells.append(f"{pub['value']:.3f} {pub['system']}" if pub else "")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    notes = list(result.get("notes", []))
    for system, row in result["systems"].items():
        notes += [f"{system}: {note}" for note in row.get("notes", [])]
        if row.get("counts"):
            notes.append(f"{system} counts: " + ", ".join(f"{k} {v}" for k, v in row["counts"].items()))
    lines += [f"- {note}" for note in notes]
    lines.append("")
    return lines


def summary_table(results: dict[str, dict | None]) -> list[str]:
    lines = ["| task | headline metric | wirecoder | best baseline | target | documents | run time |",
             "|---|---|---|---|---|---|---|"]
    for name, result in results.items():
        if result is None:
            lines.append(f"| {name} | | task failed | | | | |")
            continue
        spec = load_yaml("targets.yaml").get(name, {})
        metric = spec.get("headline", result["metrics"][0])
        ours = result["systems"].get(spec.get("targets", {}).get(metric, {}).get("system", "wirecoder"), {})
        ours_text = format_value(ours["metrics"].get(metric)) if ours.get("status") == "ok" else ours.get("status", "")
        baselines = [(n, r["metrics"].get(metric)) for n, r in result["systems"].items()
                     if not n.startswith("wirecoder") and r["status"] == "ok" and r["metrics"].get(metric) is not None]
        best = max(baselines, key=lambda b: b[1], default=None)
        best_text = f"{format_value(best[1])} ({best[0]})" if best else ""
        target = spec.get("targets", {}).get(metric)
        target_text = _target_text(target, result, metric)[0] if target else ""
        lines.append(f"| {name} | {metric} | {ours_text} | {best_text} | {target_text} | {result['n_documents']} "
                     f"| {result['seconds']:.0f} s |")
    return lines


def mapping_section() -> list[str]:
    table = load_yaml("event_mappings.yaml")
    lines = ["## Event type mappings", "",
             "plover_gsr is coded with an older 18-type PLOVER draft. Draft types map to the 16 current types as "
             "the current manual's CAMEO-to-PLOVER table places the CAMEO categories they came from "
             "(`evaluation/data/event_mappings.yaml`):", "",
             "| draft type | current type | why |", "|---|---|---|",
             "| DEMAND | REQUEST | CAMEO 10 DEMAND -> REQUEST |",
             "| DISAPPROVE | ACCUSE | CAMEO 11 DISAPPROVE -> ACCUSE |",
             "| INVESTIGATE | ACCUSE | CAMEO 09 INVESTIGATE -> ACCUSE, mode investigate |",
             "| FIGHT | ASSAULT | CAMEO 19 FIGHT -> ASSAULT |",
             "| FIGHT with mode deport | COERCE | CAMEO 174 expel or deport individuals -> COERCE, mode deport |",
             "| YIELD (not in the records) | CONCEDE | CAMEO 080-083 -> CONCEDE (084-087 -> RETREAT) |",
             "| every other type | the same name | |", "",
             "One record (PLOVER-GSR01-SANCTION-0010, \"Russia closed its southern borders...\") is typed FIGHT "
             "by its coders though its marked event is the border closing; it is scored as written (ASSAULT).", "",
             "ConfliBERT's quad classes come from CAMEO. Class 0 holds public statements and appeals (CAMEO 01-02: "
             "comments, condolences, concern, hopes, urging and calls for, some phone calls), which PLOVER drops; "
             "so a sentence with no event is class 0. Each PLOVER type takes the class of the CAMEO categories it "
             "comes from:", "",
             "| PLOVER type | quad class |", "|---|---|"]
    for plover_type, quad in table["plover_to_quad"].items():
        lines.append(f"| {plover_type} | {quad} |")
    lines += [f"| no event | {table['no_event_quad']} |", "",
              "The PLOVER manual's own quad table puts SANCTION in verbal conflict and CONCEDE in verbal "
              "cooperation; their CAMEO origins (16 REDUCE RELATIONS, 081-083 YIELD) are material conflict and "
              "material cooperation, and the gold follows CAMEO. PLOVER REQUEST also covers CAMEO 02 appeals "
              "(class 0); it is mapped to its main origin, CAMEO 10 DEMAND (class 3), which costs some class-0 "
              "recall.", ""]
    return lines


def build_report(results: dict, errors: dict, commands: dict, total_seconds: float, limit: int | None,
                 date: str | None = None) -> str:
    today = date or dt.date.today().isoformat()
    lines = ["# Accuracy", "",
             f"Measured {today} with `python -m wirecoder.evaluation.report"
             + (f" --limit {limit}" if limit else "") + "` (`make eval`), "
             f"the tasks' run times add up to {total_seconds / 60:.1f} min, on a {platform.machine()} machine "
             "shared with other work (2 cores); Python " + platform.python_version() + ".",
             "" if not limit else f"**Quick run: each task limited to its first {limit} documents.**", "",
             "wirecoder and the peer baselines run on the same documents in the same run. Targets are the "
             "project's goals (from its issues); published figures are other systems' results on their own test "
             "sets, for orientation only. Gold data: `../shared/gold` (development halves; see its README).", "",
             "## Summary", ""]
    lines += summary_table(results)
    lines.append("")
    for name in results:
        lines += task_section(name, results[name], errors.get(name), commands[name])
    lines += mapping_section()
    lines += resources.files("wirecoder.evaluation").joinpath("data/accuracy_notes.md").read_text("utf-8").splitlines()
    return "\n".join(lines).rstrip() + "\n"


@click.command()
@click.option("--limit", type=click.IntRange(min=1), help="Each task on its first N documents only.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("docs/accuracy.md"),
              show_default=True)
@click.option("--gold", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared/gold"),
              show_default=True, help="Folder holding the gold datasets.")
@click.option("--tasks", "only", multiple=True, type=click.Choice(list(TASKS)), help="Run only these tasks.")
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path), help="Also write all results as JSON.")
@click.option("--from-json", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Write the report from a --json-out file of an earlier run, running nothing.")
@click.option("--keep-from", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With --tasks: take the other tasks' results from this --json-out file of an earlier run.")
def main(limit: int | None, out: Path, gold: Path, only: tuple[str, ...], json_out: Path | None,
         from_json: Path | None, keep_from: Path | None) -> None:
    """Run every evaluation task and write the accuracy report."""
    if from_json is not None:
        saved = json.loads(from_json.read_text(encoding="utf-8"))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build_report(saved["results"], saved["errors"], saved["commands"], saved["total_seconds"],
                                    saved["limit"], saved["date"]), encoding="utf-8")
        click.echo(f"wrote {out} from {from_json}", err=True)
        return
    started = time.perf_counter()
    results: dict[str, dict | None] = {}
    errors: dict[str, str] = {}
    commands: dict[str, str] = {}
    for name, (_, folder) in TASKS.items():
        if only and name not in only:
            continue
        data = gold / folder
        commands[name] = f"wirecoder eval {name} --data {data}" + (f" --limit {limit}" if limit else "")
        click.echo(f"[{time.perf_counter() - started:6.0f} s] {name} ...", err=True)
        try:
            results[name] = run_task(name, data, limit)
        except Exception:  # noqa: BLE001 - one failed task must not lose the others
            results[name] = None
            errors[name] = traceback.format_exc(limit=4)
            click.echo(errors[name], err=True)
    total = time.perf_counter() - started
    if keep_from is not None:  # tasks not re-run keep their earlier results, in the usual order
        saved = json.loads(keep_from.read_text(encoding="utf-8"))
        kept = [n for n in saved["results"] if n not in results]
        total += sum(saved["results"][n]["seconds"] for n in kept if saved["results"][n])
        results = {n: results.get(n, saved["results"].get(n)) for n in TASKS if n in results or n in kept}
        commands = {n: commands.get(n, saved["commands"].get(n, "")) for n in results}
        errors = {**{n: e for n, e in saved["errors"].items() if n in kept}, **errors}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(build_report(results, errors, commands, total, limit), encoding="utf-8")
    if json_out:
        saved = {"date": dt.date.today().isoformat(), "total_seconds": total, "limit": limit, "commands": commands,
                 "errors": errors, "results": results}
        json_out.write_text(json.dumps(saved, indent=2, default=str), encoding="utf-8")
    click.echo(f"wrote {out} ({total:.0f} s)", err=True)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
