"""/v1/metrics: every figure read from releases, with its source span."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from starlette.responses import Response

from app.api import convert
from app.api.deps import EngineDep, IsoDate, PageParams, SessionDep, page_params
from app.api.responses import EXPORT_CONTENT, conditional_get, json_response, list_page
from app.api.routing import QuickRoute
from app.api.sorting import sort_enum
from app.errors import PROBLEM_RESPONSES, not_found
from app.models import Metric
from app.queries import resources
from app.queries.facets import facet_names
from app.queries.pagination import Ordering
from app.schemas.common import Page, sparse
from app.schemas.metric import MetricOut
from app.vocabulary import MetricName, Qualifier

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/metrics",
    tags=["metrics"],
    responses=PROBLEM_RESPONSES,
)
# The lists check the ETag inside their one trip to the database; the rest use this.
CONDITIONAL = [Depends(conditional_get)]
MetricSort = sort_enum("MetricSort", resources.METRIC_SORTS)

__all__ = ["MetricName", "MetricSort", "router"]

MetricItem = sparse(MetricOut)


@router.get("", response_model=Page[MetricItem], responses=EXPORT_CONTENT, summary="List metrics")
async def list_metrics(
    request: Request,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(MetricOut, facet_names(Metric)))],
    operator: Annotated[str | None, Query(max_length=120, description="Operator slug")] = None,
    country: Annotated[
        str | None,
        Query(pattern=r"^[A-Za-z]{2}$", description="The operator's ISO 3166-1 alpha-2 country"),
    ] = None,
    name: Annotated[MetricName | None, Query(description="Metric name from the vocabulary")] = None,
    unit: Annotated[
        str | None, Query(max_length=20, description="count, percent or ISO 4217 code")
    ] = None,
    qualifier: Annotated[
        Qualifier | None, Query(description="As written: more_than, about, up_to…")
    ] = None,
    segment: Annotated[str | None, Query(max_length=60, description="e.g. mobile")] = None,
    release_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only figures from this release")
    ] = None,
    filing_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only figures from this filing")
    ] = None,
    since: Annotated[
        IsoDate | None, Query(description="as_of (else release date) on or after")
    ] = None,
    until: Annotated[
        IsoDate | None, Query(description="as_of (else release date) on or before")
    ] = None,
    value_min: Annotated[
        float | None, Query(allow_inf_nan=False, description="Value at least this")
    ] = None,
    value_max: Annotated[
        float | None, Query(allow_inf_nan=False, description="Value at most this")
    ] = None,
    sort: Annotated[
        MetricSort, Query(description="Sort field; a leading - sorts descending")
    ] = MetricSort("id"),
) -> Response:
    """Figures by operator, name, unit, date range and value range."""
    filters: dict[str, Any] = dict(
        operator=operator,
        country=country,
        name=name.value if name else None,
        unit=unit,
        qualifier=qualifier.value if qualifier else None,
        segment=segment,
        release_id=release_id,
        filing_id=filing_id,
        since=since,
        until=until,
        value_min=value_min,
        value_max=value_max,
    )
    ordering = Ordering.from_param(sort, keys=resources.METRIC_SORTS, id_column=Metric.id)
    return await list_page(
        request,
        engine=engine,
        listing=resources.METRIC_LISTING,
        filters=filters,
        statement=lambda: resources.metrics(**filters),
        ordering=ordering,
        page=page,
        to_item=convert.metric,
        item_type=MetricOut,
        to_dict=convert.metric_item,
    )


@router.get(
    "/{metric_id}", dependencies=CONDITIONAL, response_model=MetricOut, summary="Get one metric"
)
def get_metric(
    request: Request,
    session: SessionDep,
    metric_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The metric's id")],
) -> Response:
    """One figure with its operator, date, qualifier and the exact text it was read from."""
    row = session.scalars(
        select(Metric).where(Metric.id == metric_id).options(joinedload(Metric.operator))
    ).first()
    if row is None:
        raise not_found("metric", metric_id)
    return json_response(request, convert.metric(row))
