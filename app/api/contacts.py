"""/v1/contacts: press contacts named in releases."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from app.api import convert
from app.api.deps import EngineDep, PageParams, SessionDep, page_params
from app.api.responses import EXPORT_CONTENT, conditional_get, list_response
from app.api.routing import QuickRoute
from app.api.sorting import sort_enum
from app.errors import PROBLEM_RESPONSES
from app.models import Contact
from app.queries import resources
from app.queries.facets import facet_names
from app.queries.pagination import Ordering
from app.schemas.common import Page, sparse
from app.schemas.contact import ContactOut

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/contacts",
    tags=["contacts"],
    responses=PROBLEM_RESPONSES,
    dependencies=[Depends(conditional_get)],
)
ContactSort = sort_enum("ContactSort", resources.CONTACT_SORTS)

ContactItem = sparse(ContactOut)


@router.get(
    "",
    response_model=Page[ContactItem],
    responses=EXPORT_CONTENT,
    summary="List press contacts",
)
def list_contacts(
    request: Request,
    session: SessionDep,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(ContactOut, facet_names(Contact)))],
    organization: Annotated[
        str | None, Query(max_length=300, description="Organization, any case")
    ] = None,
    name: Annotated[str | None, Query(max_length=300, description="Contact name, any case")] = None,
    release_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only contacts of this release")
    ] = None,
    sort: Annotated[
        ContactSort, Query(description="Sort field; a leading - sorts descending")
    ] = ContactSort("id"),
) -> Response:
    """Press contacts with title, organization, e-mails and phone numbers."""
    statement = resources.contacts(organization=organization, name=name, release_id=release_id)
    ordering = Ordering.from_param(sort, keys=resources.CONTACT_SORTS, id_column=Contact.id)
    return list_response(
        request,
        session=session,
        engine=engine,
        statement=statement,
        ordering=ordering,
        page=page,
        to_item=convert.contact,
        item_type=ContactOut,
    )
