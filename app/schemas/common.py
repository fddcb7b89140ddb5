"""Shapes shared by every resource: the page envelope and the source span."""

from __future__ import annotations

from functools import cache
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

T = TypeVar("T")


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class FacetValue(Schema):
    value: str | int = Field(examples=["amena"])
    count: int = Field(examples=[3])
    url: str = Field(description="This list narrowed to the value")


class Page(Schema, Generic[T]):
    """One page of a list; pass ``next_cursor`` back as ``cursor`` for the next one."""

    items: list[T]
    next_cursor: str | None = Field(
        description="Opaque cursor of the next page, or null on the last page"
    )
    facets: dict[str, list[FacetValue]] | None = Field(
        default=None, description="Only when `facets=` is asked for: counts per value"
    )


class Source(Schema):
    """Where a fact was read: ``raw[start:end] == text`` for the filing's /raw text."""

    start: int = Field(examples=[4021])
    end: int = Field(examples=[4053])
    text: str = Field(examples=["more than 7.5 million customers"])


class OperatorRef(Schema):
    slug: str = Field(examples=["amena"])
    name: str = Field(examples=["Amena"])


@cache
def sparse(model: type[BaseModel]) -> type[BaseModel]:
    """The list-item form of ``model``: the same fields, none required, since ``?fields=``
    may keep only some of them. Only the OpenAPI document uses it."""
    fields: dict[str, Any] = {
        name: (
            info.annotation,
            Field(default=None, description=info.description, examples=info.examples),
        )
        for name, info in model.model_fields.items()
    }
    name = model.__name__.removesuffix("Out") + "Item"
    doc = f"{model.__name__} as a list item: every field, unless `fields=` keeps fewer."
    return create_model(name, __base__=Schema, __doc__=doc, **fields)
