"""Score extraction on a second gold corpus read in place (params evaluate.devset).

Not a DVC stage: the folder lives outside the repository and may be absent,
so `make repro` and `make eval-dev` run it beside `dvc repro`; its metrics
file is declared in dvc.yaml so that `dvc metrics show` lists it.
"""

from __future__ import annotations

from pathlib import Path

from crosscount.evaluate import errors_markdown, evaluate_gold_dir, summary_lines
from crosscount.io import write_json, write_text
from crosscount.progress import log
from crosscount.stages import params


def main() -> None:
    all_params = params()
    p, r = all_params["evaluate"], all_params["resolve"]
    if not Path(p["devset"]).is_dir():
        log(f"devset: {p['devset']} not found, skipped")
        return
    report = evaluate_gold_dir(p["devset"], tolerance_days=int(r["date_tolerance_days"]),
                               min_similarity=float(r["link_min_similarity"]))
    write_json(report.metrics, p["devset_metrics"])
    write_text(errors_markdown(report, title=p["devset"]), p["devset_errors"])
    print("\n".join(summary_lines(report)))


if __name__ == "__main__":
    main()
