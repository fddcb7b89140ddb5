"""OpenAPI as documentation: every /v1 operation explains itself and its errors."""

from __future__ import annotations

from fastapi.testclient import TestClient

METHODS = {"get", "post", "put", "patch", "delete"}


def operations(client: TestClient) -> list[tuple[str, str, dict]]:
    spec = client.get("/openapi.json").json()
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        if path.startswith("/v1/")
        for method, operation in item.items()
        if method in METHODS
    ]


def test_every_operation_has_summary_description_tag_and_problem_errors(
    client: TestClient,
) -> None:
    found = operations(client)
    assert len(found) >= 15
    for method, path, operation in found:
        where = f"{method.upper()} {path}"
        assert operation.get("summary"), where
        assert operation.get("description"), where
        assert operation.get("tags"), where
        errors = {code: r for code, r in operation["responses"].items() if code.startswith("4")}
        assert errors, where
        for code, response in errors.items():
            schema = response["content"]["application/problem+json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/Problem"}, f"{where} {code}"


def test_every_parameter_is_typed_and_described(client: TestClient) -> None:
    for method, path, operation in operations(client):
        for parameter in operation.get("parameters", []):
            where = f"{method.upper()} {path} {parameter['name']}"
            assert parameter.get("schema"), where
            assert parameter.get("description"), where


def test_the_problem_schema_is_published(client: TestClient) -> None:
    problem = client.get("/openapi.json").json()["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail"} <= set(problem["required"])
