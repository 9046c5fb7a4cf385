from datetime import date

import pytest

from eventline.charts import Lanes, chart_data, timeline_chart, write_html, write_png, write_svg


def row(event_id: str, **kw) -> dict:
    base = {
        "event_id": event_id, "date_start": date(2023, 2, 25), "date_end": date(2023, 2, 25), "event_type": "REJECT",
        "actor_code": "CHN", "actor_text": "Peking", "recipient_code": "G20", "recipient_text": "G20",
        "trigger": "blockierte", "time_text": "Am Samstag", "date_source": "relative", "context": ["reported"],
        "title": "Gipfel <in> Indien", "doc_id": "a.txt",
        "sentence": "Am Samstag blockierte China ein gemeinsames Kommuniqué.",
    }
    return {**base, **kw}


ROWS = [
    row("e1"),
    row("e2", actor_code="RUS", event_type="ASSAULT", date_start=date(2022, 6, 1), date_end=date(2022, 8, 31)),
    row("e3", date_start=None, date_end=None, trigger="undatiert"),
]


def test_dated_events_become_records_and_undated_ones_are_counted():
    data = chart_data(ROWS)
    assert [r["lane"] for r in data.records] == ["CHN", "RUS"] and data.n_undated == 1
    first, ranged = data.records
    assert first["actor"] == "Peking (CHN)" and first["context"] == "reported" and first["when"] == "2023-02-25"
    assert ranged["when"] == "2022-06-01 – 2022-08-31"


def test_lanes_can_be_event_types():
    assert [r["lane"] for r in chart_data(ROWS, Lanes.TYPE).records] == ["REJECT", "ASSAULT"]


def test_events_on_the_same_day_and_lane_do_not_cover_each_other():
    offsets = [r["offset"] for r in chart_data([row("a"), row("b"), row("c")]).records]
    assert len(set(offsets)) == 3


def test_the_hover_shows_trigger_actors_date_source_context_and_evidence():
    spec = timeline_chart(chart_data(ROWS)).to_dict()
    titles = {t["title"] for layer in spec["layer"] for t in layer["encoding"]["tooltip"]}
    assert {"trigger", "actor", "recipient", "date source", "context", "evidence"} <= titles


def test_the_page_carries_its_own_javascript_and_lists_every_event(tmp_path):
    page = tmp_path / "t.html"
    write_html(timeline_chart(chart_data(ROWS)), page, ROWS)
    text = page.read_text(encoding="utf-8")
    assert "<script src=" not in text and "vegaEmbed" in text
    assert "<title>eventline timeline</title>" in text
    table = text[text.rindex("</script>") :]  # after the scripts, not inside the inlined JavaScript
    assert "undatiert" in table and "Gipfel &lt;in&gt; Indien" in table  # the table, escaped


def test_png_and_svg_are_rendered_offline(tmp_path):
    chart = timeline_chart(chart_data(ROWS))
    write_png(chart, tmp_path / "t.png")
    write_svg(chart, tmp_path / "t.svg")
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "t.svg").read_text(encoding="utf-8")[:500]
