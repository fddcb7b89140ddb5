"""The `sixk` command: db upgrade, load, serve."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.config import get_settings
from app.db import get_engine
from app.migrate import upgrade

cli = typer.Typer(
    name="sixk",
    help="SEC Form 6-K press releases as a clean database behind a REST API.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_cli = typer.Typer(help="Database schema.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
keys_cli = typer.Typer(help="API keys for writes.", no_args_is_help=True)
cli.add_typer(keys_cli, name="keys")
err = Console(stderr=True)


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Apply the Alembic migrations to DATABASE_URL."""
    upgrade(get_engine())
    err.print("database is at the newest revision")


@keys_cli.command("create")
def keys_create(name: Annotated[str, typer.Argument(help="Who the key is for")]) -> None:
    """Make a key and print it once; only its hash is stored."""
    from app.db import transaction
    from app.keys import KeyError_, create_key

    engine = get_engine()
    upgrade(engine)
    try:
        with transaction(engine) as session:
            token = create_key(session, name=name)
    except KeyError_ as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    print(token)
    err.print("store it now: it is not shown again")


@keys_cli.command("revoke")
def keys_revoke(name: Annotated[str, typer.Argument(help="The key's name")]) -> None:
    """End a key: requests with it get 401 from now on."""
    from app.db import transaction
    from app.keys import KeyError_, revoke_key

    engine = get_engine()
    upgrade(engine)
    try:
        with transaction(engine) as session:
            revoke_key(session, name=name)
    except KeyError_ as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    print(f"revoked {name}")


@keys_cli.command("list")
def keys_list() -> None:
    """Keys by name, with when they were made and revoked (never the secret)."""
    from app.db import transaction
    from app.keys import list_keys

    engine = get_engine()
    upgrade(engine)
    with transaction(engine) as session:
        for key in list_keys(session):
            state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
            print(f"{key.name}\t{key.prefix}\tcreated {key.created_at:%Y-%m-%d}\t{state}")


@cli.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively)")],
    workers: Annotated[
        int, typer.Option(help="Processes that parse (default: the CPU count)", min=1)
    ] = os.cpu_count() or 1,
) -> None:
    """Load filings; exit 0 when nothing was rejected, 1 when any file was."""
    from app.ingest.runner import iter_files, load_files

    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        err.print(f"[red]no such file or folder:[/red] {', '.join(missing)}")
        raise typer.Exit(2)
    settings = get_settings()
    engine = get_engine()
    upgrade(engine)
    total = sum(1 for _ in iter_files(paths))  # for the progress bar; the load walks again
    progress = Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
    )
    with progress:
        task = progress.add_task("load", total=total)
        report = load_files(
            engine,
            iter_files(paths),
            max_bytes=settings.max_filing_bytes,
            on_file=lambda _path, _outcome: progress.advance(task),
            workers=min(workers, total),
        )
    print(
        f"loaded {report.loaded}, skipped {report.skipped} (already loaded), "
        f"rejected {len(report.rejected)}"
    )
    for name, reason in report.rejected:
        print(f"rejected {name}: {reason}")
    raise typer.Exit(report.exit_code)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port", min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option(help="Worker processes (default: the CPU count)", min=1)
    ] = os.cpu_count() or 1,
) -> None:
    """Migrate, then serve the API with uvicorn."""
    import uvicorn

    from app.observability import log_config

    upgrade(get_engine())
    level = get_settings().log_level
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=level,
        log_config=log_config(level),
        access_log=False,  # the JSON access line per request comes from our middleware
    )


@cli.command()
def synth(
    outdir: Annotated[Path, typer.Argument(help="Folder to write the filings into")],
    count: Annotated[int, typer.Option(help="How many filings", min=0)] = 100,
    seed: Annotated[int, typer.Option(help="Same seed, same bytes")] = 0,
) -> None:
    """Write synthetic 6-K press-release filings (fictional issuers) for benchmarks and tests."""
    from app.synth import generate

    paths = generate(count, outdir, seed=seed)
    print(f"wrote {len(paths)} filings to {outdir}")


def main() -> None:
    # Usage errors exit 2 (click's convention, and SPEC's).
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(cli())


if __name__ == "__main__":
    main()
