"""/v1/releases: press releases, and everything read from each one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from app.api import convert
from app.api.deps import EngineDep, IsoDate, PageParams, SessionDep, page_params
from app.api.responses import EXPORT_CONTENT, conditional_get, json_response, list_page
from app.api.routing import QuickRoute
from app.api.sorting import sort_enum
from app.errors import PROBLEM_RESPONSES, not_found
from app.models import Release
from app.queries import resources
from app.queries.facets import facet_names
from app.queries.pagination import Ordering
from app.schemas.common import Page, sparse
from app.schemas.release import ReleaseDetail, ReleaseOut

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/releases",
    tags=["releases"],
    responses=PROBLEM_RESPONSES,
)
# The lists check the ETag inside their one trip to the database; the rest use this.
CONDITIONAL = [Depends(conditional_get)]
ReleaseSort = sort_enum("ReleaseSort", resources.RELEASE_SORTS)

ReleaseItem = sparse(ReleaseOut)


@router.get("", response_model=Page[ReleaseItem], responses=EXPORT_CONTENT, summary="List releases")
async def list_releases(
    request: Request,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(ReleaseOut, facet_names(Release)))],
    since: Annotated[IsoDate | None, Query(description="Released on or after (ISO date)")] = None,
    until: Annotated[IsoDate | None, Query(description="Released on or before (ISO date)")] = None,
    operator: Annotated[
        str | None, Query(max_length=120, description="Operator slug named in the release")
    ] = None,
    reference: Annotated[
        str | None, Query(max_length=60, description="Release reference, e.g. PR0412")
    ] = None,
    text: Annotated[
        str | None, Query(max_length=200, description="Words in the title or body (substring)")
    ] = None,
    filing_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only releases of this filing")
    ] = None,
    sort: Annotated[
        ReleaseSort, Query(description="Sort field; a leading - sorts descending")
    ] = ReleaseSort("id"),
) -> Response:
    """Press releases, filtered by date range, operator, reference or text."""
    filters: dict[str, Any] = dict(
        filing_id=filing_id,
        operator=operator,
        reference=reference,
        text=text,
        since=since,
        until=until,
    )
    ordering = Ordering.from_param(sort, keys=resources.RELEASE_SORTS, id_column=Release.id)
    return await list_page(
        request,
        engine=engine,
        listing=resources.RELEASE_LISTING,
        filters=filters,
        statement=lambda: resources.releases(**filters),
        ordering=ordering,
        page=page,
        to_item=convert.release,
        item_type=ReleaseOut,
        to_dict=convert.release_item,
    )


@router.get(
    "/{release_id}",
    dependencies=CONDITIONAL,
    response_model=ReleaseDetail,
    summary="Get one release",
)
def get_release(
    request: Request,
    session: SessionDep,
    release_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The release's id")],
) -> Response:
    """A release with its body, notes, the operators it names, its metrics, contacts and quotes."""
    row = resources.release_detail(session, release_id)
    if row is None:
        raise not_found("release", release_id)
    detail = ReleaseDetail(
        **convert.release(row).model_dump(),
        body=row.body,
        notes=row.notes,
        operators=[convert.operator_ref(o) for o in resources.release_operators(session, row.id)],
        metrics=[convert.metric(m) for m in row.metrics],
        contacts=[convert.contact(c) for c in row.contacts],
        quotes=[convert.quote(q) for q in row.quotes],
    )
    return json_response(request, detail)
