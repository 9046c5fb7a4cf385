"""The timeline as a picture: a Vega-Lite chart (altair) of timeline rows, one lane per actor or event type.

HTML output embeds the Vega JavaScript inline (vl-convert's bundle), so the page works offline; PNG and
SVG are rendered offline by vl-convert. Input rows are plain dicts from `storage.timeline_rows`.
"""
from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

_SENTENCE_CHARS = 300
_LANE_PX = 34
_NO_ACTOR = "(no actor)"
# PLOVER's order runs from cooperation to material conflict: greens and blues for cooperation, ambers for
# verbal conflict, reds and purples for force, so the picture's mood is readable before any hover.
_TYPE_COLOURS: dict[str, str] = {
    "AGREE": "#1b9e77", "CONSULT": "#66c2a5", "SUPPORT": "#2c7fb8", "CONCEDE": "#7fcdbb",
    "COOPERATE": "#41b6c4", "AID": "#253494", "RETREAT": "#a6bddb", "REQUEST": "#fdae61",
    "ACCUSE": "#f46d43", "REJECT": "#d8b365", "THREATEN": "#e08214", "PROTEST": "#b35806",
    "SANCTION": "#8c510a", "MOBILIZE": "#9e0142", "COERCE": "#762a83", "ASSAULT": "#d7191c",
}
_FAN = (0, -8, 8, -4, 4, -12, 12)  # vertical pixel offsets for the 1st, 2nd, ... event on one day and lane


class Lanes(StrEnum):
    ACTOR = "actor"
    TYPE = "type"


@dataclass(frozen=True, slots=True)
class ChartData:
    """What the chart shows: dated events as flat records, and how many undated ones were left out."""

    records: list[dict[str, Any]]
    n_undated: int


def chart_data(rows: Sequence[Mapping[str, Any]], lanes: Lanes = Lanes.ACTOR) -> ChartData:
    """Flatten timeline rows into the chart's records; events without a date cannot sit on a date axis."""
    records = []
    seen: dict[tuple[str, Any], int] = {}
    for row in rows:
        if row.get("date_start") is None:
            continue
        start, end = row["date_start"], row.get("date_end") or row["date_start"]
        lane = _lane(row, lanes)
        # Events on the same day in the same lane are fanned out a little instead of hiding each other.
        nth = seen[(lane, start)] = seen.get((lane, start), -1) + 1
        records.append(
            {
                "lane": lane,
                "offset": _FAN[nth % len(_FAN)],
                "date_start": start.isoformat(),
                "date_end": end.isoformat(),
                "when": start.isoformat() if end == start else f"{start.isoformat()} – {end.isoformat()}",
                "event_type": row["event_type"],
                "trigger": row.get("trigger") or "",
                "actor": _party(row.get("actor_text"), row.get("actor_code")),
                "recipient": _party(row.get("recipient_text"), row.get("recipient_code")),
                "time_text": row.get("time_text") or "",
                "date_source": row.get("date_source") or "",
                "context": ", ".join(row.get("context") or []) or "–",
                "title": row.get("title") or row.get("doc_id") or "",
                "sentence": _shorten(row.get("sentence") or ""),
            }
        )
    return ChartData(records, n_undated=len(rows) - len(records))


def timeline_chart(data: ChartData, *, title: str = "eventline timeline", width: int = 900) -> Any:
    """An altair chart: a dot per event (a bar across its day range when it spans days), coloured by type."""
    import altair as alt

    n_lanes = len({record["lane"] for record in data.records}) or 1
    subtitle = [f"{len(data.records)} dated events"]
    if data.n_undated:
        subtitle.append(f"{data.n_undated} undated events are in the timeline view but not on this axis")
    x = alt.X(
        "date_start:T", title="date", timeUnit="utcyearmonthdate", axis=alt.Axis(format="%d.%m.%Y"),
        scale=alt.Scale(padding=14),  # dots at the ends of the axis stay whole
    )
    y = alt.Y("lane:N", title=None, sort="ascending", axis=alt.Axis(labelLimit=220))
    present = [t for t in _TYPE_COLOURS if any(r["event_type"] == t for r in data.records)]
    color = alt.Color(
        "event_type:N", title="event type", sort=present,
        scale=alt.Scale(domain=present, range=[_TYPE_COLOURS[t] for t in present]),
        legend=alt.Legend(symbolOpacity=1, symbolType="circle"),
    )
    tooltip = [
        alt.Tooltip("when:N", title="date"),
        alt.Tooltip("event_type:N", title="type"),
        alt.Tooltip("trigger:N", title="trigger"),
        alt.Tooltip("actor:N", title="actor"),
        alt.Tooltip("recipient:N", title="recipient"),
        alt.Tooltip("time_text:N", title="time words"),
        alt.Tooltip("date_source:N", title="date source"),
        alt.Tooltip("context:N", title="context"),
        alt.Tooltip("title:N", title="document"),
        alt.Tooltip("sentence:N", title="evidence"),
    ]
    base = alt.Chart(alt.Data(values=data.records))
    spans = base.mark_rule(strokeWidth=6, opacity=0.35).encode(
        x=x, x2=alt.X2("date_end:T", timeUnit="utcyearmonthdate"), y=y, color=color, tooltip=tooltip
    )
    zoom = alt.selection_interval(bind="scales", encodings=["x"])  # scroll to zoom, drag to pan in the page
    dots = base.mark_circle(size=140, opacity=0.9, stroke="white", strokeWidth=1).add_params(zoom).encode(
        x=x, y=y, color=color, tooltip=tooltip,
        yOffset=alt.YOffset("offset:Q", scale=alt.Scale(domain=[-17, 17], range=[0, _LANE_PX])),
    )
    return (
        alt.layer(spans, dots)
        .properties(
            title=alt.TitleParams(title, subtitle=subtitle, anchor="start"),
            width=width,
            height=max(120, n_lanes * _LANE_PX),
        )
        .configure_axis(labelFontSize=12, titleFontSize=12)
        .configure_legend(labelFontSize=12, titleFontSize=12)
        .configure_view(stroke=None)
    )


def write_html(
    chart: Any, path: Path, rows: Sequence[Mapping[str, Any]] = (), title: str = "eventline timeline"
) -> None:
    """A self-contained page: Vega, Vega-Lite and vega-embed are inlined, nothing is fetched. Below the
    chart, a table lists every row (undated ones too), so the evidence can be read and searched."""
    page = chart.to_html(inline=True, embed_options={"actions": False, "renderer": "svg"})
    page = page.replace("<head>", f"<head>\n  <title>{html.escape(title)}</title>", 1)
    if rows:
        # The last </body> is the page's own; the inlined JavaScript contains the string too.
        head, _, tail = page.rpartition("</body>")
        page = f"{head}{_events_table(rows)}\n</body>{tail}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")


def write_png(chart: Any, path: Path, scale: float = 2.0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    chart.save(str(path), format="png", scale_factor=scale)


def write_svg(chart: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    chart.save(str(path), format="svg")


_TABLE_COLUMNS = (
    ("date", "date"), ("event_type", "type"), ("actor", "actor"), ("trigger", "trigger"),
    ("recipient", "recipient"), ("time_text", "time words"), ("date_source", "date source"),
    ("context", "context"), ("title", "document"), ("sentence", "evidence"),
)
_TABLE_STYLE = (
    "<style>table.events{border-collapse:collapse;font:13px sans-serif;margin-top:24px}"
    "table.events th,table.events td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;"
    "vertical-align:top}table.events td:last-child{max-width:560px}</style>"
)


def _events_table(rows: Sequence[Mapping[str, Any]]) -> str:
    head = "".join(f"<th>{label}</th>" for _, label in _TABLE_COLUMNS)
    body = []
    for row in rows:
        start, end = row.get("date_start"), row.get("date_end")
        cells = {
            "date": "undated" if start is None else start.isoformat() + (f" – {end.isoformat()}" if end and end != start else ""),
            "event_type": row.get("event_type"),
            "actor": _party(row.get("actor_text"), row.get("actor_code")),
            "recipient": _party(row.get("recipient_text"), row.get("recipient_code")),
            "trigger": row.get("trigger"),
            "time_text": row.get("time_text"),
            "date_source": row.get("date_source"),
            "context": ", ".join(row.get("context") or []),
            "title": row.get("title") or row.get("doc_id"),
            "sentence": " ".join((row.get("sentence") or "").split()),
        }
        body.append("<tr>" + "".join(f"<td>{html.escape(str(cells[key] or ''))}</td>" for key, _ in _TABLE_COLUMNS) + "</tr>")
    return f'{_TABLE_STYLE}<table class="events"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _lane(row: Mapping[str, Any], lanes: Lanes) -> str:
    if lanes is Lanes.TYPE:
        return str(row["event_type"])
    return str(row.get("actor_code") or _NO_ACTOR)


def _party(text: str | None, code: str | None) -> str:
    if text and code:
        return f"{text} ({code})"
    return text or code or "–"


def _shorten(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _SENTENCE_CHARS else sentence[: _SENTENCE_CHARS - 1] + "…"
