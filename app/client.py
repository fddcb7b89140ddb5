"""A small typed client for the sixk API, for internal services (sync, on httpx).

    with SixkClient("http://sixk:8000") as sixk:
        for metric in sixk.iter_metrics(operator="amena", name="customers"):
            print(metric["as_of"], metric["value"])

List methods follow ``next_cursor`` lazily, page by page, so they cover every matching row;
pass ``limit=`` to choose the page size. Errors come back as :class:`SixkError` carrying the
server's RFC 9457 problem; network failures are httpx's own exceptions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from enum import Enum
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import httpx

from app import __version__

Item = dict[str, Any]
PAGE_SIZE = 500


class SixkError(Exception):
    """An error answer: ``status`` and the RFC 9457 ``problem`` (type, title, status, detail)."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        super().__init__(f"{status} {self.title}: {self.detail}")

    @property
    def title(self) -> str:
        return str(self.problem.get("title") or "Error")

    @property
    def detail(self) -> str:
        return str(self.problem.get("detail") or "")

    @property
    def type(self) -> str | None:
        value = self.problem.get("type")
        return str(value) if value is not None else None


def _param(value: Any) -> Any:
    if isinstance(value, Enum):
        return _param(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_param(v) for v in value]
    return value


def _params(filters: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _param(value) for key, value in filters.items() if value is not None}


class SixkClient:
    """The sixk REST API. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10,
    ) -> None:
        http = httpx.Client(base_url=base_url, transport=transport, timeout=timeout)
        self._setup(http, api_key=api_key, owns_http=True)

    @classmethod
    def from_httpx(cls, client: httpx.Client, *, api_key: str | None = None) -> Self:
        """Wrap an existing client (its base URL, transport, timeouts); closing it stays yours.

        A ``fastapi.testclient.TestClient`` is an ``httpx.Client``, so tests can drive the
        app in-process.
        """
        self = cls.__new__(cls)
        self._setup(client, api_key=api_key, owns_http=False)
        return self

    def _setup(self, http: httpx.Client, *, api_key: str | None, owns_http: bool) -> None:
        self._http = http
        self._api_key = api_key
        self._owns_http = owns_http
        self._headers = {
            "Accept": "application/json, application/problem+json",
            "User-Agent": f"sixk-client/{__version__}",
        }

    # lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # plumbing ----------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        write: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        headers = dict(self._headers)
        if write and self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        response = self._http.request(
            method, path, params=_params(params or {}), headers=headers, **kwargs
        )
        if response.is_error:
            raise SixkError(response.status_code, _problem(response))
        return response

    def _get(self, path: str, **params: Any) -> Item:
        body: Item = self._request("GET", path, params=params).json()
        return body

    def _iter(self, path: str, filters: Mapping[str, Any]) -> Iterator[Item]:
        params = {"limit": PAGE_SIZE, **filters}
        seen: set[str] = set()
        while True:
            page = self._get(path, **params)
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                return
            if cursor in seen:  # a server bug must not make a client loop forever
                raise RuntimeError(f"{path}: the server repeated cursor {cursor!r}")
            seen.add(cursor)
            params["cursor"] = cursor

    # reads -------------------------------------------------------------------------------

    def iter_filings(self, **filters: Any) -> Iterator[Item]:
        """Every filing matching ``filters`` (registrant, form_type, since, until, sort...)."""
        return self._iter("/v1/filings", filters)

    def iter_releases(self, **filters: Any) -> Iterator[Item]:
        """Every release matching ``filters`` (since, until, operator, reference, q, sort...)."""
        return self._iter("/v1/releases", filters)

    def iter_operators(self, **filters: Any) -> Iterator[Item]:
        """Every operator matching ``filters`` (country, kind, alliance, name, sort...)."""
        return self._iter("/v1/operators", filters)

    def iter_metrics(self, **filters: Any) -> Iterator[Item]:
        """Every metric matching ``filters`` (operator, name, unit, since, value_min...)."""
        return self._iter("/v1/metrics", filters)

    def iter_contacts(self, **filters: Any) -> Iterator[Item]:
        """Every press contact matching ``filters`` (organization, name, sort...)."""
        return self._iter("/v1/contacts", filters)

    def iter_alliances(self, **filters: Any) -> Iterator[Item]:
        """Every alliance matching ``filters`` (name, operator, sort...)."""
        return self._iter("/v1/alliances", filters)

    def search(self, q: str, **filters: Any) -> Iterator[Item]:
        """Search hits, best first ({release, rank, snippet}); pages are fetched as consumed."""
        return self._iter("/v1/search", {"q": q, **filters})

    def get_filing(self, filing_id: int) -> Item:
        return self._get(f"/v1/filings/{int(filing_id)}")

    def get_filing_text(self, filing_id: int) -> str:
        """The filing's original text: what every metric's ``source`` offsets point into."""
        return self._request("GET", f"/v1/filings/{int(filing_id)}/raw").text

    def get_release(self, release_id: int) -> Item:
        return self._get(f"/v1/releases/{int(release_id)}")

    def get_operator(self, slug: str) -> Item:
        return self._get(f"/v1/operators/{_segment(slug)}")

    def operator_metrics(self, slug: str, name: str | None = None, **filters: Any) -> list[Item]:
        """The operator's metrics, oldest first (every page): a time series."""
        return list(
            self._iter(f"/v1/operators/{_segment(slug)}/metrics", {"name": name, **filters})
        )

    def get_metric(self, metric_id: int) -> Item:
        return self._get(f"/v1/metrics/{int(metric_id)}")

    def get_alliance(self, slug: str) -> Item:
        return self._get(f"/v1/alliances/{_segment(slug)}")

    # writes (need api_key) ---------------------------------------------------------------

    def upload_filing(self, data: bytes, filename: str) -> Item:
        """Load a raw 6-K. The same content again returns the existing filing, not a copy."""
        files = {"file": (filename, data, "text/plain")}
        body: Item = self._request("POST", "/v1/filings", files=files, write=True).json()
        return body

    def delete_filing(self, filing_id: int) -> None:
        """Delete the filing and everything extracted from it."""
        self._request("DELETE", f"/v1/filings/{int(filing_id)}", write=True)


def _segment(value: str) -> str:
    """One path segment, escaped, so a slug can never reach another route."""
    return quote(value, safe="")


def _problem(response: httpx.Response) -> dict[str, Any]:
    """The problem+json body, or one made up from the status when a proxy answered instead."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and "status" in body:
        return body
    return {
        "type": "about:blank",
        "title": response.reason_phrase or "Error",
        "status": response.status_code,
        "detail": response.text[:500],
    }
