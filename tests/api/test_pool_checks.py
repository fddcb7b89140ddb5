"""Reads that meet dropped connections at once share one check of the async pool."""

from __future__ import annotations

import asyncio
from typing import Any

from app.api import responses


class _Pool:
    """A pool whose check takes a while and counts its runs."""

    def __init__(self) -> None:
        self.checks = 0

    async def check(self) -> None:
        self.checks += 1
        await asyncio.sleep(0.01)


def test_concurrent_reads_share_one_pool_check_and_later_ones_run_another() -> None:
    pool: Any = _Pool()

    async def burst() -> None:
        await asyncio.gather(*(responses._check_once(pool) for _ in range(20)))

    asyncio.run(burst())
    assert pool.checks == 1
    asyncio.run(burst())  # a later restart: the first check is over, a new one runs
    assert pool.checks == 2
