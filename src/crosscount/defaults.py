"""Default settings, in one place: params.yaml overrides each (its key in the comment).

Kept free of imports so that `crosscount --help` can show them without
loading the library.
"""

from __future__ import annotations

MAX_BYTES = 2_000_000  # ingest.max_bytes: larger article files are rejected
NEAR_DUPLICATE = 0.8  # ingest.near_duplicate: shingle containment marking a copy (see dedupe)
DATE_TOLERANCE_DAYS = 1  # resolve.date_tolerance_days
LINK_MIN_SIMILARITY = 0.05  # resolve.link_min_similarity (see resolve.link_incidents)
PAGE_SIZE = 25  # charts.page_size: incidents per chart page
JOBS = 0  # extract.jobs: worker processes for large corpora, 0 = every core (outputs do not depend on it)
