"""DVC stage notebook: execute the reading notebook with a real kernel, save its outputs."""

from __future__ import annotations

from crosscount.notebook import execute_notebook
from crosscount.progress import log
from crosscount.stages import params


def main() -> None:
    p = params()["notebook"]
    execute_notebook(p["source"], p["executed"])
    log(f"notebook: executed {p['source']} -> {p['executed']}")


if __name__ == "__main__":
    main()
