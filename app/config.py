"""The one settings object: every setting is an environment variable (or a .env line)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SQLITE_PATH = Path("data") / "sixk.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_SQLITE_PATH}",
        validation_alias="DATABASE_URL",
        description="SQLAlchemy URL; sqlite:///path or postgresql+psycopg://user@host/db",
    )
    max_filing_bytes: int = Field(
        default=10 * 1024 * 1024,
        validation_alias="SIXK_MAX_FILING_BYTES",
        description="Largest filing the loader and the API accept, in bytes",
    )
    default_page_size: int = Field(
        default=50,
        ge=1,
        validation_alias="SIXK_DEFAULT_PAGE_SIZE",
        description="`limit` of a list when the client gives none",
    )
    max_page_size: int = Field(
        default=500,
        ge=1,
        validation_alias="SIXK_MAX_PAGE_SIZE",
        description="The largest `limit` a client may ask for",
    )
    log_level: str = Field(
        default="info",
        validation_alias="SIXK_LOG_LEVEL",
        description="Log level of the server: debug, info, warning or error",
    )
    write_rate_limit: int = Field(
        default=60,
        ge=1,
        validation_alias="SIXK_WRITE_RATE_LIMIT",
        description="Writes one API key may make per minute (per worker process)",
    )
    db_pool_size: int = Field(
        default=4,
        ge=1,
        validation_alias="SIXK_DB_POOL_SIZE",
        description=(
            "PostgreSQL connections each API worker keeps for its threads, and at most as "
            "many again in its async pool for the hot reads; about the database server's "
            "cores over the workers serves best"
        ),
    )
    query_timeout_ms: int = Field(
        default=5000,
        ge=100,
        validation_alias="SIXK_QUERY_TIMEOUT_MS",
        description="Longest any one SQL statement of the API may run; then a 503",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
