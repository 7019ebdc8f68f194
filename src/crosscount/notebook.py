"""Run the jupytext (py:percent) reading notebook with a real kernel."""

from __future__ import annotations

import os
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

from crosscount.io import atomic_path


def execute_notebook(source: str | Path, executed: str | Path, *, timeout: int = 600,
                     env: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """Execute ``source`` (.py, percent format) in its folder; write ``executed`` (.ipynb).

    ``env`` is added to the kernel's environment (the kernel inherits ours).
    """
    src = Path(source)
    nb = jupytext.read(src)
    nb.metadata["jupytext"] = {"formats": "ipynb,py:percent"}
    for no, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{no:03d}"  # jupytext draws random ids; stable ids keep the output's hash stable
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    saved = {k: os.environ.get(k) for k in env or {}}
    os.environ.update(env or {})
    try:
        NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                       resources={"metadata": {"path": str(src.parent.resolve())}}).execute()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    with atomic_path(executed) as tmp:
        nbformat.write(nb, str(tmp))
    return nb
