"""Thin DVC stage entry points: each main() reads params.yaml and calls the library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def params(path: str | Path = "params.yaml") -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)
