"""bytes → Filing: decode, unwrap EDGAR envelopes, parse, extract. Pure: no database."""

from __future__ import annotations

from app.ingest import records
from app.ingest.catalog import Catalog, country_code, default_catalog, scanning
from app.ingest.decode import decode
from app.ingest.envelope import unwrap
from app.ingest.extract import extract_release
from app.ingest.parse import parse_filing


def _registrant(cover: records.Cover, catalog: Catalog) -> records.Operator | None:
    """The registrant as an operator row; one new to the catalog is of the country its cover
    address ends in ("..., Cebu City 6000, Philippines"): its "P" amounts are pesos of there."""
    if not cover.registrant:
        return None
    address = cover.registrant_address or ""
    country = country_code(address.rsplit(",", 1)[-1].strip(" .")) if address else None
    return catalog.discover(cover.registrant, country=country)


def read_filing(
    data: bytes,
    *,
    source_name: str,
    max_bytes: int | None = None,
    catalog: Catalog | None = None,
) -> records.Filing:
    """A load-ready Filing, or RejectedFiling saying why the bytes are not one."""
    catalog = catalog or default_catalog()
    document = unwrap(decode(data, source_name=source_name, max_bytes=max_bytes))
    parsed = parse_filing(document)
    registrant = _registrant(parsed.cover, catalog)
    with scanning():  # the releases' extractors share one name scan of the filing
        releases = tuple(
            records.Release(
                parsed=release,
                extraction=extract_release(
                    document.text, release, registrant=registrant, catalog=catalog
                ),
            )
            for release in parsed.releases
        )
    return records.Filing(
        document=parsed.document, cover=parsed.cover, releases=releases, registrant=registrant
    )
