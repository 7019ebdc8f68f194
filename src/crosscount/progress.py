"""Progress for long runs: a bar on a terminal, plain lines in logs and CI."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def progress(*, total: int, desc: str, every: float = 5.0) -> Callable[[Iterable[T]], Iterator[T]]:
    """Wrap an iterable: redraws a bar on a TTY, else logs a line every ``every`` s."""
    tty = sys.stderr.isatty()

    def wrap(items: Iterable[T]) -> Iterator[T]:
        start = last = time.monotonic()
        n = 0
        for n, item in enumerate(items, start=1):
            yield item
            now = time.monotonic()
            if tty and (now - last > 0.1 or n == total):
                done = int(30 * n / max(total, 1))
                sys.stderr.write(f"\r{desc} [{'#' * done}{'.' * (30 - done)}] {n}/{total}")
                sys.stderr.flush()
                last = now
            elif not tty and now - last >= every:
                log(f"{desc}: {n}/{total} ({n / (now - start):.0f}/s)")
                last = now
        if tty and total:
            sys.stderr.write("\n")
        if total >= 100 or not tty:
            log(f"{desc}: {n}/{total} done in {time.monotonic() - start:.1f}s")

    return wrap
