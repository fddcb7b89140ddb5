"""OpenAPI as documentation: every /v1 operation explains itself and its errors."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from app.errors import TYPE_BASE, Problem

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


def test_every_documented_error_has_an_example_in_the_problem_shape(client: TestClient) -> None:
    for method, path, operation in operations(client):
        for code, response in operation["responses"].items():
            if not code.startswith(("4", "5")):
                continue
            example = response["content"]["application/problem+json"]["example"]
            where = f"{method.upper()} {path} {code}"
            Problem.model_validate(example)
            assert example["status"] == int(code), where
            assert example["type"].startswith(TYPE_BASE), where


def test_documented_422_example_is_what_the_api_answers(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    documented = spec["paths"]["/v1/metrics"]["get"]["responses"]["422"]["content"]
    answer = client.get("/v1/metrics", params={"limit": 100000})
    assert answer.status_code == 422
    assert answer.json() == documented["application/problem+json"]["example"]


def test_list_items_carry_field_examples(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for name in ("MetricItem", "ReleaseItem", "OperatorItem", "ContactItem", "AllianceItem"):
        examples = [p for p in schemas[name]["properties"].values() if p.get("examples")]
        assert examples, name


def test_text_parameters_say_they_hold_no_nul(client: TestClient) -> None:
    # The API answers 422 to a NUL in any path or query value: the schema says so.
    schema = client.get("/openapi.json").json()
    search = schema["paths"]["/v1/search"]["get"]["parameters"]
    (q,) = [p for p in search if p["name"] == "q"]
    assert re.fullmatch(q["schema"]["pattern"], "roaming alliance")
    assert not re.fullmatch(q["schema"]["pattern"], "roaming\x00alliance")
    unpatterned = [
        (path, parameter["name"])
        for path, operations in schema["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", ())
        for option in parameter["schema"].get("anyOf", [parameter["schema"]])
        if option.get("type") == "string" and "pattern" not in option
    ]
    assert unpatterned == []
