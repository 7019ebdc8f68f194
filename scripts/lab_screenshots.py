"""Screenshots of a notebook's charts as JupyterLab shows them, offline.

    python scripts/lab_screenshots.py NOTEBOOK.ipynb OUT_DIR

Starts JupyterLab on 127.0.0.1, opens the notebook in Debian's headless
Chromium (Playwright with executable_path), scrolls to each chart and saves
OUT_DIR/chart<N>.png. Prints how many charts were drawn and any request that
left the machine. `make screenshots-dev` runs it on the dev-set notebook.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def main(notebook: str, out_dir: str) -> int:
    from playwright.sync_api import sync_playwright

    from crosscount.lab import TOKEN, running_lab

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with running_lab(ROOT, config_dir=out / ".jupyter") as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1300})
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
        page.goto(f"{url}/lab/tree/{Path(notebook).resolve().relative_to(ROOT)}?token={TOKEN}")
        page.wait_for_selector(".vega-embed svg, .vega-embed canvas", timeout=90_000)
        for _ in range(40):  # JupyterLab renders cells lazily
            page.mouse.wheel(0, 1200)
            page.wait_for_timeout(150)
        charts = page.locator(".vega-embed")
        for i in range(charts.count()):
            charts.nth(i).scroll_into_view_if_needed()
            page.wait_for_timeout(500)
            page.screenshot(path=str(out / f"chart{i + 1}.png"))
        print(f"{charts.count()} charts -> {out}; requests that left the machine: {outside or 'none'}")
        browser.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
