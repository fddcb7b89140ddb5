"""/v1/operators: one row per real operator or group, and its figures over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from app.api import convert
from app.api.deps import EngineDep, IsoDate, PageParams, SessionDep, page_params
from app.api.metrics import MetricName, MetricSort
from app.api.responses import EXPORT_CONTENT, conditional_get, json_response, list_response
from app.api.routing import QuickRoute
from app.api.sorting import sort_enum
from app.charts import series_svg
from app.errors import PROBLEM_RESPONSES, not_found
from app.models import Metric, Operator
from app.queries import resources
from app.queries.facets import facet_names
from app.queries.pagination import Ordering
from app.schemas.common import Page, sparse
from app.schemas.metric import MetricOut
from app.schemas.operator import OperatorDetail, OperatorOut

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/operators",
    tags=["operators"],
    responses=PROBLEM_RESPONSES,
    dependencies=[Depends(conditional_get)],
)
OperatorSort = sort_enum("OperatorSort", resources.OPERATOR_SORTS)
Slug = Annotated[
    str,
    Path(
        min_length=1,
        max_length=120,
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="The operator's slug, e.g. amena",
    ),
]

MetricItem = sparse(MetricOut)

OperatorItem = sparse(OperatorOut)


@router.get(
    "", response_model=Page[OperatorItem], responses=EXPORT_CONTENT, summary="List operators"
)
def list_operators(
    request: Request,
    session: SessionDep,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(OperatorOut, facet_names(Operator)))],
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2")
    ] = None,
    kind: Annotated[
        str | None,
        Query(
            pattern=r"^(mobile_operator|group|other)$",
            description="mobile_operator, group or other",
        ),
    ] = None,
    alliance: Annotated[str | None, Query(max_length=120, description="Alliance slug")] = None,
    name: Annotated[
        str | None, Query(max_length=300, description="Name or alias, any case")
    ] = None,
    parent: Annotated[str | None, Query(max_length=120, description="Parent slug")] = None,
    sort: Annotated[
        OperatorSort, Query(description="Sort field; a leading - sorts descending")
    ] = OperatorSort("name"),
) -> Response:
    """Operators and groups by country, kind, alliance membership or name."""
    statement = resources.operators(
        country=country, kind=kind, alliance=alliance, name=name, parent=parent
    )
    ordering = Ordering.from_param(sort, keys=resources.OPERATOR_SORTS, id_column=Operator.id)
    return list_response(
        request,
        session=session,
        engine=engine,
        statement=statement,
        ordering=ordering,
        page=page,
        to_item=convert.operator,
        item_type=OperatorOut,
    )


@router.get("/{slug}", response_model=OperatorDetail, summary="Get one operator")
def get_operator(request: Request, session: SessionDep, slug: Slug) -> Response:
    """An operator with its aliases, parent, ownership stakes and the releases naming it."""
    row = resources.operator_by_slug(session, slug)
    if row is None:
        raise not_found("operator", slug)
    owners, holdings = resources.operator_stakes(session, row.id)
    detail = OperatorDetail(
        **convert.operator(row).model_dump(),
        owners=[convert.stake(s) for s in owners],
        holdings=[convert.stake(s) for s in holdings],
        release_ids=resources.operator_release_ids(session, row.id),
    )
    return json_response(request, detail)


@router.get(
    "/{slug}/metrics",
    response_model=Page[MetricItem],
    responses=EXPORT_CONTENT,
    summary="An operator's metrics over time",
)
def operator_metrics(
    request: Request,
    session: SessionDep,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(MetricOut, facet_names(Metric)))],
    slug: Slug,
    name: Annotated[MetricName | None, Query(description="Metric name")] = None,
    since: Annotated[
        IsoDate | None, Query(description="On or after (as_of, else release date)")
    ] = None,
    until: Annotated[
        IsoDate | None, Query(description="On or before (as_of, else release date)")
    ] = None,
    sort: Annotated[MetricSort, Query(description="Default: oldest first")] = MetricSort("as_of"),
) -> Response:
    """The operator's figures as a time series, oldest first (by as_of, else the release date)."""
    if resources.operator_by_slug(session, slug) is None:
        raise not_found("operator", slug)
    statement = resources.metrics(
        operator=slug, name=name.value if name else None, since=since, until=until
    )
    ordering = Ordering.from_param(sort, keys=resources.METRIC_SORTS, id_column=Metric.id)
    return list_response(
        request,
        session=session,
        engine=engine,
        statement=statement,
        ordering=ordering,
        page=page,
        to_item=convert.metric,
        item_type=MetricOut,
    )


@router.get(
    "/{slug}/metrics/{name}.svg",
    response_class=Response,
    summary="Chart of an operator's metric over time",
    responses={200: {"content": {"image/svg+xml": {}}, "description": "An SVG line chart"}},
)
def operator_metric_chart(
    request: Request,
    session: SessionDep,
    slug: Slug,
    name: Annotated[MetricName, Path(description="Metric name from the vocabulary")],
    segment: Annotated[
        str | None, Query(max_length=60, description="A segment (e.g. mobile); totals if absent")
    ] = None,
) -> Response:
    """The time series of `/v1/operators/{slug}/metrics?name=` drawn as an SVG line chart."""
    row = resources.operator_by_slug(session, slug)
    if row is None:
        raise not_found("operator", slug)
    statement = resources.metrics(operator=slug, name=name.value, segment=segment)
    if segment is None:
        statement = statement.where(Metric.segment.is_(None))
    ordering = Ordering.from_param("as_of", keys=resources.METRIC_SORTS, id_column=Metric.id)
    figures = [
        m for m in session.scalars(statement.order_by(*ordering.order_by())) if m.observed_on
    ]
    svg = series_svg(
        title=f"{row.name}: {name.value}" + (f" ({segment})" if segment else ""),
        unit=figures[0].unit if figures else "",
        points=[(m.observed_on, m.value) for m in figures if m.observed_on is not None],
        qualifiers=[m.qualifier for m in figures],
    )
    return Response(svg, media_type="image/svg+xml", headers={"ETag": request.state.etag})
