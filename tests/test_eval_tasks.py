"""Each evaluation task on a small fixed subset of its real gold data (read
from ../shared/gold at run time), the CLI, and clear errors on malformed files."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from wirecoder.evaluation import TASKS, run_task
from wirecoder.evaluation.command import eval_command
from wirecoder.evaluation.errors import GoldDataError
from wirecoder.evaluation.ours import NOT_BUILT

# (task, limit): small enough to keep each run well under half a minute
SUBSETS = {
    "events-plover": 4,
    "events-cameo": 4,
    "quotes": 2,
    "time": 3,
    "entities": 2,
    "places": 2,
    "stories": 9,
    "quantities": 8,
}


def check_rows(result: dict, n_baselines: int = 1) -> None:
    systems = result["systems"]
    assert "wirecoder" in systems
    assert len(systems) >= 1 + n_baselines
    for name, row in systems.items():
        if name == "wirecoder" and row["status"] != "ok":
            # a capability not built yet (or broken) says so, and has no numbers
            assert row["status"] == NOT_BUILT or row["status"].startswith("failed")
            assert row["notes"]
            continue
        if name.startswith("wirecoder ") and row["status"] in ("not installed", "not run"):
            assert row["notes"]  # an optional extra (embeddings, ...) missing says which
            continue
        assert row["status"] == "ok", (name, row)
        numbers = {k: v for k, v in row["metrics"].items() if v is not None}
        assert numbers, f"{name} has no metric"
        for metric, value in numbers.items():
            if metric.endswith("_km"):
                assert value >= 0
            else:
                assert 0.0 <= value <= 1.0, (name, metric, value)
    baselines = [n for n in systems if not n.startswith("wirecoder")]
    assert all(systems[n]["status"] == "ok" for n in baselines)
    assert result["n_documents"] > 0 and result["seconds"] >= 0


def test_a_small_stories_run_has_clusters_of_several_documents(gold_dir):
    from wirecoder.evaluation.readers.ecbplus import read_ecbplus

    docs = read_ecbplus(gold_dir / "ecbplus", limit=9)
    events = [d.gold_event for d in docs]
    # three gold events of three documents each, two of them from one topic
    assert len(set(events)) == 3 and all(events.count(e) == 3 for e in events)
    assert len({d.topic for d in docs}) == 2


@pytest.mark.parametrize("task", list(SUBSETS))
def test_task_on_a_subset_of_its_gold_data(task, gold_dir):
    result = run_task(task, gold_dir / TASKS[task][1], limit=SUBSETS[task])
    check_rows(result)
    assert set(result["metrics"]) <= set().union(*(r["metrics"] for r in result["systems"].values() if r["metrics"]))


def test_cli_prints_a_table_and_json(gold_dir):
    runner = CliRunner()
    data = str(gold_dir / "tempeval3")
    table = runner.invoke(eval_command, ["time", "--data", data, "--limit", "2"])
    assert table.exit_code == 0, table.output
    assert "dateparser on spaCy DATE/TIME" in table.output and "relaxed_f1" in table.output
    assert "wirecoder" in table.output
    as_json = runner.invoke(eval_command, ["time", "--data", data, "--limit", "2", "--json"])
    assert as_json.exit_code == 0
    parsed = json.loads(as_json.output)
    assert parsed["task"] == "time" and parsed["n_documents"] == 2
    assert "dateparser on spaCy DATE/TIME" in parsed["systems"]


def test_data_may_be_one_file_of_the_format_anywhere(gold_dir, tmp_path):
    source = sorted((gold_dir / "tempeval3" / "TimeBank").glob("*.tml"))[0]
    copy = tmp_path / "elsewhere.tml"
    shutil.copy(source, copy)
    result = run_task("time", copy)
    assert result["n_documents"] == 1
    check_rows(result)


def test_malformed_file_fails_with_its_name_and_a_nonzero_exit(tmp_path):
    bad = tmp_path / "broken.tml"
    bad.write_text('<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2025">2025</TEXT></TimeML>', encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["time", "--data", str(bad)])
    assert result.exit_code != 0
    assert "broken.tml" in result.output and "malformed gold data" in result.output


def test_missing_data_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(eval_command, ["quotes", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code != 0 and "nowhere" in result.output


@pytest.mark.parametrize(
    "task, name, content, where",
    [
        ("events-plover", "records.json", '[{"id": "x", "text": "Hi.", "event": "AGREE", "source": 5}]', "record 0"),
        ("events-plover", "records.json", '[{"text": "Hi.",\n "event": }]', ":2"),
        ("events-cameo", "class_bad.tsv", "A sentence.\t1\nAnother sentence.\t7\n", ":2"),
        ("quantities", "NewsQuant.json", '[{"text": "Ten.", "quantities": [{"value": "ten", "change": "="}]}]',
         "sentence 0"),
        ("places", "lgl.xml", "<articles><article><text>Paris</text><toponyms><toponym><start>x</start>"
                              "</toponym></toponyms></article></articles>", "article"),
        ("stories", "notanecb.xml", "<Document><token t_id='1' sentence='0'>Hi</token></Document>", "file name"),
    ],
)
def test_malformed_files_name_file_and_place(tmp_path, task, name, content, where):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GoldDataError) as error:
        run_task(task, bad)
    assert name in str(error.value) and where in str(error.value)


def test_malformed_actor_tags_and_brat_files(tmp_path):
    actors = tmp_path / "actors_bad.txt"
    actors.write_text("Mexico B-S\nagreed O\n\nCanada B-X\n", encoding="utf-8")
    with pytest.raises(GoldDataError, match=r"actors_bad.txt:4"):
        run_task("events-cameo", actors)
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "story.txt").write_text("Officials said the talks failed.", encoding="utf-8")
    (split / "attributions" / "story_ab12.ann").write_text("T1\tSource 0 9\tOfficialz\n", encoding="utf-8")
    with pytest.raises(GoldDataError, match=r"story_ab12.ann:1: T1: span text does not match"):
        run_task("quotes", tmp_path)


def test_malformed_re3d_line(tmp_path):
    source = tmp_path / "Some Source"
    source.mkdir()
    (source / "documents.json").write_text('{"_id": "d1", "text": "Mexico agreed."}\n', encoding="utf-8")
    good = '{"documentId": "d1", "begin": 0, "end": 6, "type": "Location", "confidence": 1}'
    (source / "entities.json").write_text(good + '\n{"documentId": "d1", "begin": 0,\n', encoding="utf-8")
    with pytest.raises(GoldDataError, match=r"entities.json:2: invalid JSON"):
        run_task("entities", tmp_path)
