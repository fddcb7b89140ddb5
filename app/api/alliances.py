"""/v1/alliances: alliances of operators and their members over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from app.api import convert
from app.api.deps import EngineDep, PageParams, SessionDep, page_params
from app.api.responses import EXPORT_CONTENT, conditional_get, json_response, list_response
from app.api.routing import QuickRoute
from app.api.sorting import sort_enum
from app.errors import PROBLEM_RESPONSES, not_found
from app.models import Alliance
from app.queries import resources
from app.queries.facets import facet_names
from app.queries.pagination import Ordering
from app.schemas.alliance import AllianceOut
from app.schemas.common import Page, sparse

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/alliances",
    tags=["alliances"],
    responses=PROBLEM_RESPONSES,
    dependencies=[Depends(conditional_get)],
)
AllianceSort = sort_enum("AllianceSort", resources.ALLIANCE_SORTS)

AllianceItem = sparse(AllianceOut)


@router.get(
    "", response_model=Page[AllianceItem], responses=EXPORT_CONTENT, summary="List alliances"
)
def list_alliances(
    request: Request,
    session: SessionDep,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(AllianceOut, facet_names(Alliance)))],
    name: Annotated[
        str | None, Query(max_length=300, description="Name or alias, any case")
    ] = None,
    operator: Annotated[
        str | None, Query(max_length=120, description="Member operator slug")
    ] = None,
    sort: Annotated[
        AllianceSort, Query(description="Sort field; a leading - sorts descending")
    ] = AllianceSort("name"),
) -> Response:
    """Alliances with every stated membership and the release that states it."""
    statement = resources.alliances(name=name, operator=operator)
    ordering = Ordering.from_param(sort, keys=resources.ALLIANCE_SORTS, id_column=Alliance.id)
    return list_response(
        request,
        session=session,
        engine=engine,
        statement=statement,
        ordering=ordering,
        page=page,
        to_item=convert.alliance,
        item_type=AllianceOut,
    )


@router.get("/{slug}", response_model=AllianceOut, summary="Get one alliance")
def get_alliance(
    request: Request,
    session: SessionDep,
    slug: Annotated[
        str,
        Path(
            min_length=1,
            max_length=120,
            pattern=r"^[a-z0-9][a-z0-9-]*$",
            description="The alliance's slug, e.g. freemove",
        ),
    ],
) -> Response:
    """An alliance, its aliases and members (operator, country, as_of, release)."""
    row = resources.alliance_by_slug(session, slug)
    if row is None:
        raise not_found("alliance", slug)
    return json_response(request, convert.alliance(row))
