"""crosscount: compare the counts that news outlets report about the same attacks."""

from __future__ import annotations

__version__ = "0.1.0"
