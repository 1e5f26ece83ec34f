"""The curated place files: they load, and a bad row names its file and line."""

from __future__ import annotations

import pytest

from wirecoder.places.curated import (
    CuratedDataError,
    load_aliases,
    load_country_points,
    load_curated_places,
    load_demonyms,
)
from wirecoder.places.gazetteer import load_gazetteer


def test_shipped_files_load():
    places = load_curated_places()
    assert len(places) >= 30
    names = {p.name for p in places}
    assert {"Fort Bliss", "Guantanamo Bay", "Rio Grande", "the southern border", "San Ysidro"} <= names
    assert all(-90 <= p.latitude <= 90 and -180 <= p.longitude <= 180 for p in places)
    assert any(a.alias == "Calif." and a.target == "US-CA" for a in load_aliases())
    assert any(d.adjective == "Mexican" and d.place == "MEX" and d.plural == "Mexicans" for d in load_demonyms())
    assert any(d.adjective == "Chinese" and d.plural is None for d in load_demonyms())
    assert {p.iso3 for p in load_country_points()} >= {"USA"}


def test_every_alias_and_demonym_reaches_a_place():
    gazetteer = load_gazetteer()
    for alias in load_aliases():
        if alias.kind == "code":
            continue
        assert gazetteer.lookup(alias.alias), alias
    for demonym in load_demonyms():
        assert any(e.match in ("adjective", "demonym", "name", "alias") for e in gazetteer.lookup(demonym.adjective)), demonym


def _write(tmp_path, text):
    path = tmp_path / "places.csv"
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "# a comment\nname,aliases,feature,latitude,longitude,country,admin1,note\n"


def test_bad_latitude_names_file_and_line(tmp_path):
    path = _write(tmp_path, HEADER + "Good Base,,base,10,10,USA,,\nBad Base,,base,north,10,USA,,\n")
    with pytest.raises(CuratedDataError) as error:
        load_curated_places(path)
    assert error.value.line == 4
    assert str(path) in str(error.value) and ":4:" in str(error.value)
    assert "latitude" in str(error.value)


@pytest.mark.parametrize(
    "row, message",
    [
        ("X,,volcano,1,1,USA,,", "unknown feature"),
        ("X,,base,1,1,United States,,", "ISO-3"),
        ("X,,base,1,200,USA,,", "out of range"),
        ("X,,base,1,1,USA", "expected 8 fields"),
        (",,base,1,1,USA,,", "empty name"),
    ],
)
def test_malformed_rows(tmp_path, row, message):
    path = _write(tmp_path, HEADER + row + "\n")
    with pytest.raises(CuratedDataError, match=message) as error:
        load_curated_places(path)
    assert error.value.line == 3


def test_bad_alias_kind_and_target(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,kind,target\nTexas,state,US-TX\n", encoding="utf-8")
    with pytest.raises(CuratedDataError, match="unknown kind") as error:
        load_aliases(path)
    assert error.value.line == 2
    path.write_text("alias,kind,target\nMerica,country,America\n", encoding="utf-8")
    with pytest.raises(CuratedDataError, match="ISO-3"):
        load_aliases(path)


def test_missing_column(tmp_path):
    path = tmp_path / "demonyms.csv"
    path.write_text("adjective,place\nMartian,MRS\n", encoding="utf-8")
    with pytest.raises(CuratedDataError, match="plural"):
        load_demonyms(path)
