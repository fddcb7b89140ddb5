"""/v1/frames/{metric}: one value per operator for one period — a cross-operator view."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import Field
from starlette.responses import Response

from app.api import convert
from app.api.deps import SessionDep
from app.api.responses import conditional_get, json_response
from app.api.routing import QuickRoute
from app.errors import PROBLEM_RESPONSES, ProblemError
from app.queries.frames import frame, period_bounds
from app.schemas.common import Schema
from app.schemas.metric import MetricOut
from app.vocabulary import MetricName

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/frames",
    tags=["metrics"],
    responses=PROBLEM_RESPONSES,
    dependencies=[Depends(conditional_get)],
)


class Frame(Schema):
    metric: str = Field(examples=["customers"])
    period: str = Field(examples=["2003"])
    start: date
    end: date
    segment: str | None
    items: list[MetricOut] = Field(description="One figure per operator, largest value first")


@router.get("/{metric}", response_model=Frame, summary="One value per operator for a period")
def get_frame(
    request: Request,
    session: SessionDep,
    metric: Annotated[MetricName, Path(description="Metric name from the vocabulary")],
    period: Annotated[
        str,
        Query(
            pattern=r"^[12]\d{3}(-(Q[1-4]|0[1-9]|1[0-2]))?$",
            description="YYYY, YYYY-Qn or YYYY-MM",
            examples=["2003"],
        ),
    ],
    segment: Annotated[
        str | None, Query(max_length=60, description="A segment (e.g. mobile); totals if absent")
    ] = None,
) -> Response:
    """For each operator, the latest figure observed within the period (by as_of, else the
    release date), like SEC's XBRL frames but for operator KPIs."""
    try:
        start, end = period_bounds(period)
    except ValueError as exc:
        raise ProblemError(422, f"period: {exc}", slug="invalid-parameters") from exc
    rows = frame(session, name=metric.value, start=start, end=end, segment=segment)
    payload = Frame(
        metric=metric.value,
        period=period,
        start=start,
        end=end,
        segment=segment,
        items=[convert.metric(row) for row in rows],
    )
    return json_response(request, payload)
