"""Corroboration over hand-built extractions: the merging rules alone,
independent of how well the extraction stages do."""

from wirecoder.corroborate import corroborate
from wirecoder.records import Actor, ActorMention, Article, Event, Extraction, Quantity, Quote, Sentence


def article(article_id, outlet, published, sentences):
    text, spans, pos = "", [], 0
    for s in sentences:
        spans.append(Sentence(len(spans), pos, pos + len(s), s))
        text += s + " "
        pos = len(text)
    a = Article(article_id, text, text, [], outlet=outlet, published=published)
    return Extraction(article=a, sentences=spans)


UZB = Actor("uzb", "Uzbekistan", "UZB", ["GOV"])
TJK = Actor("tjk", "Tajikistan", "TJK", ["GOV"])
TJK_MIL = Actor("tjk_mil", "Tajik army", "TJK", ["MIL"])


def event(kind, sentence, modality="occurred", date=None, precision="publication", mode="", source="uzb", target="tjk"):
    return Event(kind, sentence, 0, 4, "word", mode=mode, source_actor_ids=[source], target_actor_ids=[target],
                 modality=modality, date=date, date_precision=precision)


def test_one_event_reported_by_three_outlets_is_one_event():
    extractions = []
    for n, outlet in enumerate(["Wire A", "Wire B", "Wire C"]):
        x = article(f"a{n}", outlet, f"2025-04-0{n + 7}", ["Tashkent sent troops to the border."])
        x.actors = [UZB, TJK]
        x.events = [event("MOBILIZE", 0, mode="troops")]
        extractions.append(x)
    findings = corroborate(extractions)
    assert len(findings.events) == 1
    assert findings.events[0].outlets == 3 and findings.events[0].articles == 3
    assert findings.conflicts == []


def test_different_targets_or_types_stay_apart():
    x = article("a", "A", "2025-04-07", ["s0", "s1", "s2"])
    x.actors = [UZB, TJK, Actor("kaz", "Kazakhstan", "KAZ", ["GOV"])]
    x.events = [event("SANCTION", 0), event("SANCTION", 1, target="kaz"), event("ASSAULT", 2)]
    assert len(corroborate([x]).events) == 3


def test_troop_numbers_told_differently_are_a_conflict_with_sources():
    extractions = []
    for n, (outlet, figure) in enumerate([("A", 3000), ("B", 5000), ("C", 3000)]):
        x = article(f"a{n}", outlet, "2025-04-08", [f"Uzbekistan sent {figure:,} troops to the border."])
        x.actors = [UZB, TJK]
        x.events = [event("MOBILIZE", 0, mode="troops")]
        x.quantities = [Quantity(19, 24, f"{figure:,} troops", float(figure), counts="troops", sentence=0)]
        extractions.append(x)
    findings = corroborate(extractions)
    [conflict] = findings.conflicts
    assert conflict.kind == "number" and not conflict.within_article
    sides = {side.value: sorted(m.outlet for m in side.mentions) for side in conflict.sides}
    assert sides == {"3,000 troops": ["A", "C"], "5,000 troops": ["B"]}


def test_an_article_giving_both_figures_is_no_conflict():
    a = article("a", "A", "2025-04-08", ["It sent 1,600 troops to join 2,500 guards."])
    b = article("b", "B", "2025-04-09", ["It sent 1,600 troops."])
    for x in (a, b):
        x.actors = [UZB, TJK]
        x.events = [event("MOBILIZE", 0, mode="troops")]
    a.quantities = [Quantity(8, 20, "1,600 troops", 1600.0, counts="troops", sentence=0),
                    Quantity(29, 40, "2,500 guards", 2500.0, counts="troops", sentence=0)]
    b.quantities = [Quantity(8, 20, "1,600 troops", 1600.0, counts="troops", sentence=0)]
    assert corroborate([a, b]).conflicts == []


def test_occurred_event_told_with_two_days_is_a_date_conflict():
    a = article("a", "A", "2025-04-10", ["Troops fired on farmers on April 8."])
    b = article("b", "B", "2025-04-10", ["Troops fired on farmers on April 9."])
    for x, day in ((a, "2025-04-08"), (b, "2025-04-09")):
        x.actors = [TJK_MIL, UZB]
        x.events = [event("ASSAULT", 0, date=day, precision="day", source="tjk_mil", target="uzb")]
    findings = corroborate([a, b])
    assert len(findings.events) == 1
    [conflict] = findings.conflicts
    assert conflict.kind == "date" and [s.value for s in conflict.sides] == ["2025-04-08", "2025-04-09"]


def test_events_weeks_apart_are_two_events():
    a = article("a", "A", "2025-04-10", ["x"])
    b = article("b", "B", "2025-05-10", ["x"])
    for x, day in ((a, "2025-04-08"), (b, "2025-05-09")):
        x.actors = [TJK_MIL, UZB]
        x.events = [event("ASSAULT", 0, date=day, precision="day", source="tjk_mil", target="uzb")]
    findings = corroborate([a, b])
    assert len(findings.events) == 2 and findings.conflicts == []


def _tariff_story(with_second_measure: bool):
    from wirecoder.records import TimeExpression

    first = ["Tariffs of 20 percent on Tajik goods will start on April 10."]
    if with_second_measure:
        first.append("A 5 percent tariff on Kazakh goods will start too.")
    a = article("a", "A", "2025-04-01", first)
    b = article("b", "B", "2025-04-09", ["Tashkent agreed to hold off the 20 percent tariffs for a month."])
    c = article("c", "C", "2025-05-02", ["The tariffs will now take effect on May 12."])
    a.quantities = [Quantity(12, 22, "20 percent", 20.0, unit="percent", counts="tariffs", sentence=0)]
    if with_second_measure:
        a.quantities.append(Quantity(2, 11, "5 percent", 5.0, unit="percent", counts="tariff", sentence=1))
    a.times = [TimeExpression(50, 58, "April 10", "DATE", "2025-04-10", sentence=0)]
    b.quantities = [Quantity(40, 50, "20 percent", 20.0, unit="percent", counts="tariffs", sentence=0)]
    c.times = [TimeExpression(33, 39, "May 12", "DATE", "2025-05-12", sentence=0)]
    return corroborate([c, b, a])  # the order of arrival does not matter


def test_announced_paused_rescheduled_measure_is_a_history_not_a_conflict():
    findings = _tariff_story(with_second_measure=False)
    assert findings.conflicts == []
    [history] = findings.histories
    assert history.subject == "20 percent tariff"
    assert [(s.status, s.date) for s in history.steps] == [
        ("announced", "2025-04-10"), ("paused", None), ("announced", "2025-05-12")]
    assert [s.mention.article_id for s in history.steps] == ["a", "b", "c"]


def test_a_figureless_mention_joins_no_measure_when_two_could_be_meant():
    findings = _tariff_story(with_second_measure=True)
    [history] = findings.histories  # the 5 % tariff has a single step: no history
    assert [s.mention.article_id for s in history.steps] == ["a", "b"]


def test_figure_disputed_inside_an_article():
    x = article("a", "A", "2025-04-08", [
        "The minister said the dam had ruined millions of farmers.",
        "The real number of farmers affected is in the thousands, not millions.",
    ])
    x.quantities = [
        Quantity(36, 44, "millions", None, counts="farmers", sentence=0, value_low=1e6, value_high=1e7),
        Quantity(100, 113, "the thousands", None, counts="", sentence=1, value_low=1e3, value_high=1e4),
    ]
    [conflict] = corroborate([x]).conflicts
    assert conflict.within_article and {s.value for s in conflict.sides} == {"millions", "the thousands"}


def test_same_quote_in_two_outlets_is_one_statement():
    words = "We will not let a single farmer lose his water this spring"
    extractions = []
    for n, outlet in enumerate(["A", "B"]):
        x = article(f"a{n}", outlet, "2025-04-08", [f"\u201c{words},\u201d the minister said."])
        x.actors = [UZB]
        x.quotes = [Quote(1, 1 + len(words), words if n == 0 else words + ".", "direct", sentence=0,
                          speaker_text="the minister", speaker_actor_id="uzb")]
        extractions.append(x)
    [statement] = corroborate(extractions).statements
    assert statement.outlets == 2 and statement.speaker == "Uzbekistan"


def test_numeric_fact_told_by_two_outlets_is_one_fact_tied_to_its_event():
    extractions = []
    for n, (outlet, written) in enumerate([("A", "12%"), ("B", "12 percent"), ("C", "40%")]):
        x = article(f"a{n}", outlet, "2025-04-08", [f"Uzbekistan imposed a {written} tariff on Tajik cotton.",
                                                    "Officials met in Dushanbe."])
        x.actors = [UZB, TJK]
        x.events = [event("SANCTION", 0)]
        x.quantities = [Quantity(21, 21 + len(written), written, float(written.split("%")[0].split()[0]),
                                 unit="percent", counts="tariff", sentence=0)]
        extractions.append(x)
    findings = corroborate(extractions)
    by_value = {fact.values: fact for fact in findings.facts}
    assert set(by_value) == {(12.0, 12.0), (40.0, 40.0)}
    twelve = by_value[(12.0, 12.0)]
    assert twelve.outlets == 2 and twelve.articles == 2 and twelve.counts == "tariff"
    assert [m.article_id for m in twelve.mentions] == ["a0", "a1"] and twelve.mentions[0].start == 21
    assert findings.events[twelve.event].type == "SANCTION"
    assert twelve.actors == ["Uzbekistan", "Tajikistan"]


def test_bare_numbers_are_not_facts_and_actors_come_from_the_sentence_without_event():
    x = article("a", "A", "2025-04-08", ["Tajikistan counted 23 at the meeting.", "Tajikistan has 9,000 soldiers."])
    x.actors = [TJK]
    x.actor_mentions = [ActorMention(39, 49, "Tajikistan", 1, "tjk")]
    x.quantities = [Quantity(21, 23, "23", 23.0, sentence=0),
                    Quantity(54, 67, "9,000 soldiers", 9000.0, counts="soldiers", sentence=1)]
    [fact] = corroborate([x]).facts
    assert fact.text == "9,000 soldiers" and fact.event is None and fact.actors == ["Tajikistan"]
