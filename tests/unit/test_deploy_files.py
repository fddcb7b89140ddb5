"""The Dockerfile and docker-compose.yml, checked on paper (no Docker engine runs in CI)."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def test_dockerfile_is_multi_stage_non_root_and_health_checked() -> None:
    text = dockerfile()
    stages = re.findall(r"^FROM\s+\S+\s+AS\s+(\w+)", text, flags=re.MULTILINE | re.IGNORECASE)
    assert len(stages) >= 2
    assert re.search(r"^COPY --from=build\b", text, flags=re.MULTILINE)
    users = re.findall(r"^USER\s+(\S+)", text, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK\b.*\n?.*healthz", text, flags=re.MULTILINE)
    cmd = re.findall(r"^CMD\s+(.+)$", text, flags=re.MULTILINE)[-1]
    assert '"serve"' in cmd and '"--workers"' in cmd


def test_dockerfile_copies_what_the_runtime_needs() -> None:
    text = dockerfile()
    for needed in ("migrations", "data/filings"):
        assert re.search(rf"^COPY\b.*\b{re.escape(needed)}\b", text, flags=re.MULTILINE)


def test_compose_api_waits_for_a_healthy_postgres_with_a_volume() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    postgres = services["postgres"]
    assert postgres["healthcheck"]["test"]
    assert any(str(v).endswith("/var/lib/postgresql/data") for v in postgres["volumes"])
    assert set(compose["volumes"]) >= {v.split(":")[0] for v in postgres["volumes"]}
    for name in ("api", "loader"):
        service = services[name]
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert service["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert services["loader"]["command"][:2] == ["sixk", "load"]
    assert services["loader"]["restart"] == "no"


def test_runtime_stage_puts_migrations_in_its_working_folder() -> None:
    """The image installs sixk as a wheel; migrations are found in the WORKDIR."""
    runtime = dockerfile().split("AS runtime", 1)[1]
    workdir = re.findall(r"^WORKDIR\s+(\S+)", runtime, flags=re.MULTILINE)[-1]
    copy = re.search(r"^COPY\b.*\bmigrations\s+(\S+)$", runtime, flags=re.MULTILINE)
    assert copy, "the runtime stage does not copy migrations/"
    target = copy.group(1).rstrip("/")
    assert target in ("./migrations", "migrations", f"{workdir}/migrations")
    assert runtime.index(f"WORKDIR {workdir}") < copy.start()
