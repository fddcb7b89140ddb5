"""Time-series charts as SVG, drawn with matplotlib (object API, no global pyplot state)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

import matplotlib

matplotlib.use("Agg")
matplotlib.rcParams["svg.hashsalt"] = "sixk"  # stable element ids: same data, same bytes
matplotlib.rcParams["svg.fonttype"] = "none"  # real text: smaller, searchable, accessible

from matplotlib.backends.backend_svg import FigureCanvasSVG  # noqa: E402
from matplotlib.dates import date2num  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import EngFormatter  # noqa: E402


def series_svg(
    *, title: str, unit: str, points: Sequence[tuple[date, float]], qualifiers: Sequence[str]
) -> bytes:
    """A line of (date, value) points; approximate figures are drawn hollow."""
    figure = Figure(figsize=(8, 4), dpi=96)
    FigureCanvasSVG(figure)
    axes = figure.add_subplot()
    if points:
        dates = [float(date2num(when)) for when, _ in points]
        values = [value for _, value in points]
        axes.plot(dates, values, color="#1f5fa8", linewidth=1.5)
        exact = [i for i, q in enumerate(qualifiers) if q == "exact"]
        other = [i for i, q in enumerate(qualifiers) if q != "exact"]
        axes.scatter([dates[i] for i in exact], [values[i] for i in exact], color="#1f5fa8")
        axes.scatter(
            [dates[i] for i in other],
            [values[i] for i in other],
            facecolors="white",
            edgecolors="#1f5fa8",
            label="approximate / bound",
        )
        if other:
            axes.legend(loc="best", frameon=False)
    else:
        axes.text(0.5, 0.5, "no figures", ha="center", va="center", transform=axes.transAxes)
    axes.xaxis_date()
    axes.set_title(title)
    axes.yaxis.set_major_formatter(EngFormatter(unit="%" if unit == "percent" else ""))
    axes.set_ylabel(unit)
    axes.grid(alpha=0.3)
    figure.autofmt_xdate()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()
