"""An ordered map over worker processes, for per-article steps on large corpora.

Extraction of one article depends on that article alone, so a corpus splits
across processes with no change to any output: results come back in input
order, the same objects a serial map gives. Small inputs stay in this
process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Fewer items than this are mapped in this process (a worker takes about a second to start).
MIN_PARALLEL = 200


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a process count: 0 (or less) means every available core."""
    return jobs if jobs > 0 else available_cores()


def map_ordered(fn: Callable[[T], R], items: Sequence[T], *, jobs: int = 1,
                min_parallel: int = MIN_PARALLEL) -> Iterator[R]:
    """``map(fn, items)``, over ``jobs`` worker processes when there are enough items.

    ``fn`` must be a module-level function (workers receive it by name). An
    exception in a worker is raised here, for the item that caused it.
    """
    jobs = min(resolve_jobs(jobs), len(items))
    if jobs <= 1 or len(items) < min_parallel:
        yield from map(fn, items)
        return
    # forkserver: workers fork from a clean server process, never from this one,
    # whose threads (polars' pool) a fork would copy in whatever state they are.
    # The server imports the main module and fn's once; each worker inherits them.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["__main__", fn.__module__])
    # Chunks of a few dozen items keep both cores busy to the end and the pickling cheap.
    chunk = max(1, min(64, len(items) // (jobs * 16)))
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(fn, items, chunksize=chunk)
