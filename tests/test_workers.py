from __future__ import annotations

import os

import pytest

from crosscount.workers import available_cores, map_ordered, resolve_jobs


def square_or_fail(x: int) -> int:
    if x == 13:
        raise ValueError("thirteen")
    return x * x


def whose(x: int) -> int:
    return os.getpid()


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (3, 3), (0, available_cores()), (-1, available_cores())])
def test_resolve_jobs(jobs: int, expected: int):
    assert resolve_jobs(jobs) == expected


def test_few_items_stay_in_this_process():
    assert set(map_ordered(whose, range(10), jobs=2)) == {os.getpid()}


@pytest.mark.slow
def test_workers_return_results_in_input_order():
    items = list(range(500))
    assert list(map_ordered(square_or_fail, [i for i in items if i != 13], jobs=2, min_parallel=1)) == [
        i * i for i in items if i != 13]
    assert os.getpid() not in set(map_ordered(whose, range(50), jobs=2, min_parallel=1))


@pytest.mark.slow
def test_an_error_in_a_worker_is_raised_here():
    with pytest.raises(ValueError, match="thirteen"):
        list(map_ordered(square_or_fail, list(range(100)), jobs=2, min_parallel=1))
