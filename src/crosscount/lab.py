"""A JupyterLab server on 127.0.0.1 for reading the notebook, offline.

Used by the browser tests and ``scripts/lab_screenshots.py``: start the
server of this environment on a free port with a token, wait until it
answers, and stop it by its process group (a shell's ``$!`` may be a
wrapper, FIELD_NOTES). Nothing here is needed to run the pipeline.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.request import urlopen

TOKEN = "crosscount-lab"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_lab(root: str | Path, *, config_dir: str | Path, timeout: float = 60) -> Iterator[str]:
    """Yield the base URL of a JupyterLab serving ``root``; open
    ``f"{url}/lab/tree/<path>?token={TOKEN}"``."""
    port = free_port()
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "JUPYTER_CONFIG_DIR": str(config_dir)}
    server = subprocess.Popen(
        [str(bin_dir / "jupyter-lab"), "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--allow-root",
         f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={root}",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urlopen(f"{url}/api/status?token={TOKEN}", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"JupyterLab did not answer on {url} within {timeout:.0f} s") from None
                time.sleep(0.5)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
