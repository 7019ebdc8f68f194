"""crosscount command line: the same library the DVC stages call.

Exit codes: 0 success, 1 unexpected failure, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crosscount import defaults as D  # no other library import at the top: --help stays fast

DESCRIPTION = """\
crosscount: where news outlets' counts of an attack disagree, with evidence.

raw article texts -> claims (every count with its quote, offsets, speaker and
incident) -> incidents (articles linked to the same attack) -> charts.

The full pipeline on the shipped corpus is `dvc repro` (see README); these
commands run its parts on any corpus folder laid out like data/raw:
  CORPUS/articles/<doc_id>.txt   one UTF-8 article per file
  CORPUS/manifest.csv            optional: doc_id,outlet,url,published,title
"""

EPILOG = """\
examples:
  crosscount add ~/saved-pages exports/feed.jsonl  bring articles into data/raw, then `dvc repro`
  crosscount compare ../shared/devset --out reports/devset
                                                   the whole chain on another corpus: tables,
                                                   charts and the executed reading notebook
  crosscount extract data/raw --out /tmp/out       documents.parquet + claims.parquet
  crosscount evaluate ../shared/devset             score extraction on a gold corpus
  crosscount dvc-templates                         regenerate .dvc/plots templates
"""


ADD_HELP = """\
Bring articles into a corpus folder: each becomes CORPUS/articles/<doc_id>.txt
with a row in CORPUS/manifest.csv (doc_id,outlet,url,published,title). Then
`dvc repro` extracts only the new articles (extraction is cached per article).

accepted:
  .txt .md            one article per file (UTF-8; Windows-1252 is converted, and said so)
  .html .htm          saved pages: main text, title, date and site name are taken
                      from the page (trafilatura); menus, scripts and styles are dropped
  .jsonl .csv         exports, one article per row: a `text` column and optional
                      url, outlet, published (YYYY-MM-DD), title; the command says
                      which columns it used; a bad row is skipped with its line number
  doc_id              the file name (exports: file name + line), made unique

skipped, each with a one-line reason naming the file (and line): empty or binary
files, files over the size limit, text in neither UTF-8 nor Windows-1252, pages
with no article text, articles not in English, exact duplicates (same text once
case, spacing and quote marks are normalised) of an article in the corpus or
added earlier in the same run. Near-duplicates (a wire story republished with
small edits) are kept; `dvc repro` marks them (documents.copy_of).

Articles are written first and the manifest last, each atomically: an
interrupted add leaves a valid corpus, and running it again completes it.
Exit codes: 0 done (even if some inputs were skipped), 2 a path or the
corpus's manifest cannot be used (nothing changed).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crosscount", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = sub.add_parser("extract", help="read a corpus folder and extract every count as a claim",
                        description="Read CORPUS (articles/*.txt + optional manifest.csv), extract claims and "
                        "resolve each article's main-attack date. Writes OUT/documents.parquet (with incident_date), "
                        "OUT/claims.parquet and OUT/rejected.csv (files that could not be read, with the reason).")
    ex.add_argument("corpus", type=Path, metavar="CORPUS_DIR", help="corpus folder")
    ex.add_argument("--out", type=Path, required=True, metavar="OUT_DIR", help="folder for the output tables")
    ex.add_argument("--max-bytes", type=int, default=D.MAX_BYTES, help="reject article files larger than this (default: %(default)s)")
    ex.add_argument("--jobs", type=int, default=D.JOBS, metavar="N",
                    help="worker processes for corpora of hundreds of articles; 0 = every core (default: %(default)s)")

    cmp = sub.add_parser("compare", help="run the whole chain on a corpus folder: tables, charts, notebook",
                         description="Read CORPUS, extract claims, link incidents, and write OUT/tables/*.parquet "
                         "(documents, claims, incidents, comparison), OUT/tables/rejected.csv, OUT/charts/*.html|png "
                         "(self-contained, offline) and OUT/compare.ipynb (the reading notebook executed on these "
                         "tables; open it with `jupyter lab OUT/compare.ipynb`). Settings default to params.yaml's "
                         "when run in the project folder. The repository's data/ is not touched.")
    cmp.add_argument("corpus", type=Path, metavar="CORPUS_DIR", help="corpus folder (articles/ + optional manifest.csv)")
    cmp.add_argument("--out", type=Path, required=True, metavar="OUT_DIR", help="folder for tables, charts and notebook")
    cmp.add_argument("--no-notebook", action="store_true", help="skip executing the reading notebook")
    cmp.add_argument("--jobs", type=int, metavar="N",
                     help=f"worker processes for extraction; 0 = every core (default: params.yaml extract.jobs, else {D.JOBS})")
    cmp.add_argument("--params", type=Path, default=Path("params.yaml"), help="settings file (default: %(default)s, if present)")

    ev = sub.add_parser("evaluate", help="score extraction against a gold corpus folder",
                        description="Extract claims from GOLD_DIR (articles/, manifest.csv) and score them against "
                        "GOLD_DIR/gold.jsonl as GOLD_SCHEMA.md defines: claim P/R/F1 overall and per measure, "
                        "span-strict F1, event agreement, speaker agreement, incident-date accuracy. Prints the "
                        "figures; lists every miss, false claim and other speaker credited with --errors.")
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR", help="gold corpus folder")
    ev.add_argument("--metrics", type=Path, help="also write the metrics as JSON here")
    ev.add_argument("--errors", type=Path, help="write every miss, false claim and wrong date (Markdown) here; '-' prints them")

    ad = sub.add_parser("add", help="bring articles (text, Markdown, saved HTML pages, CSV/JSONL exports) into a corpus",
                        formatter_class=argparse.RawDescriptionHelpFormatter, description=ADD_HELP)
    ad.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders (folders are read recursively)")
    ad.add_argument("--corpus", type=Path, metavar="DIR",
                    help="corpus folder to add to (default: params.yaml ingest.corpus, else data/raw)")
    ad.add_argument("--max-bytes", type=int, metavar="N",
                    help=f"skip article files larger than this (default: params.yaml ingest.max_bytes, else {D.MAX_BYTES})")

    sub.add_parser("dvc-templates", help="write the DVC plot templates and offline HTML template",
                   description="Write .dvc/plots/crosscount_*.json (custom DVC plot templates built from the chart "
                   "functions) and reports/dvc_plots_template.html (Vega inlined, for `dvc plots show "
                   "--html-template`, which then renders offline).")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from crosscount.corpus import CorpusError

    try:
        return {"add": _add, "extract": _extract, "compare": _compare, "evaluate": _evaluate, "dvc-templates": _templates}[args.command](args)
    except (CorpusError, FileNotFoundError, IsADirectoryError, PermissionError, ValueError) as e:
        print(f"crosscount: error: {e}", file=sys.stderr)
        return 2


def _add(args: argparse.Namespace) -> int:
    from crosscount.add import add_articles, expand
    from crosscount.progress import progress

    ingest = _params().get("ingest", {})
    corpus = args.corpus or Path(ingest.get("corpus", "data/raw"))
    max_bytes = args.max_bytes or int(ingest.get("max_bytes", D.MAX_BYTES))
    files = expand(args.paths)  # once: folders are walked here, not again inside add_articles
    report = add_articles(files, corpus, max_bytes=max_bytes, progress=progress(total=len(files), desc="add"))
    for doc_id, source in report.added:
        print(f"added    {doc_id}  <- {source}")
    for reason in report.skipped:
        print(f"skipped  {reason}")
    for note in report.notes:
        print(f"note     {note}")
    print(f"{len(report.added)} added, {len(report.skipped)} skipped -> {corpus}"
          + (" (run `dvc repro` to extract them)" if report.added else ""))
    return 0


def _params(path: Path = Path("params.yaml")) -> dict:
    """params.yaml of the current folder, when there is one (the CLI also runs outside the repo)."""
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8")) or {} if path.is_file() else {}


def _extract(args: argparse.Namespace) -> int:
    from crosscount.claims import extract_documents
    from crosscount.corpus import load_corpus
    from crosscount.io import atomic_path, write_parquet
    from crosscount.progress import log, progress

    corpus = load_corpus(args.corpus, max_bytes=args.max_bytes)
    for reason in corpus.rejected["reason"]:
        log(f"rejected: {reason}")
    docs, claims = extract_documents(corpus.documents, progress=progress(total=corpus.documents.height, desc="extract"),
                                     jobs=args.jobs)
    write_parquet(docs, args.out / "documents.parquet")
    write_parquet(claims, args.out / "claims.parquet")
    with atomic_path(args.out / "rejected.csv") as tmp:
        corpus.rejected.write_csv(tmp)
    for doc_id in docs.filter(docs["n_claims"] == 0)["doc_id"]:
        log(f"note: {doc_id}: no counts found (article kept; it adds no claims)")
    log(f"{docs.height} articles, {claims.height} claims, {corpus.rejected.height} rejected -> {args.out}")
    return 0


def _compare(args: argparse.Namespace) -> int:
    from crosscount.notebook import execute_notebook
    from crosscount.pipeline import compare_corpus, write_charts, write_tables
    from crosscount.progress import log, progress

    p = _params(args.params)
    r, c, i = p.get("resolve", {}), p.get("charts", {}), p.get("ingest", {})
    n_files = sum(1 for _ in (args.corpus / "articles").glob("*")) if (args.corpus / "articles").is_dir() else 0
    tables = compare_corpus(args.corpus, max_bytes=int(i.get("max_bytes", D.MAX_BYTES)),
                            near_duplicate=float(i.get("near_duplicate", D.NEAR_DUPLICATE)),
                            tolerance_days=int(r.get("date_tolerance_days", D.DATE_TOLERANCE_DAYS)),
                            min_similarity=float(r.get("link_min_similarity", D.LINK_MIN_SIMILARITY)),
                            progress=progress(total=n_files, desc="extract"),
                            jobs=args.jobs if args.jobs is not None else int(p.get("extract", {}).get("jobs", D.JOBS)))
    for reason in tables.rejected["reason"]:
        log(f"rejected: {reason}")
    write_tables(tables, args.out / "tables")
    pages = write_charts(tables, args.out / "charts", page_size=int(c.get("page_size", D.PAGE_SIZE)))
    log(f"{tables.documents.height} articles, {tables.claims.height} claims, "
        f"{tables.incidents.filter('linked').height} incidents, {sum(f.suffix == '.png' for f in pages)} chart pages -> {args.out}")
    notebook = Path(p.get("notebook", {}).get("source", "notebooks/compare.py"))
    if not args.no_notebook:
        if not notebook.exists():
            log(f"notebook {notebook} not found (run from the project folder, or pass --no-notebook)")
            return 2
        execute_notebook(notebook, args.out / "compare.ipynb", env={"CROSSCOUNT_TABLES": str((args.out / "tables").resolve())})
        log(f"notebook: {args.out / 'compare.ipynb'}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from crosscount.evaluate import errors_markdown, evaluate_gold_dir, summary_lines
    from crosscount.io import write_json, write_text

    report = evaluate_gold_dir(args.gold)
    print("\n".join(summary_lines(report)))
    if args.metrics:
        write_json(report.metrics, args.metrics)
    if args.errors:
        md = errors_markdown(report, title=str(args.gold))
        if str(args.errors) == "-":
            print(md)
        else:
            write_text(md, args.errors)
    return 0


def _templates(args: argparse.Namespace) -> int:
    from crosscount.charts import dvc_templates, offline_html_template
    from crosscount.io import write_text

    for name, text in dvc_templates().items():
        write_text(text, Path(".dvc/plots") / f"{name}.json")
    write_text(offline_html_template(), Path("reports/dvc_plots_template.html"))
    print("wrote .dvc/plots/crosscount_*.json and reports/dvc_plots_template.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
