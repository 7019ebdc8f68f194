"""The project's own promises: pinned environment, README commands, CI entry."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


def test_environment_yml_matches_pyproject_and_lock():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = [re.match(r"[A-Za-z0-9_.-]+", d).group(0).lower() for d in
              py["project"]["dependencies"] + py["project"]["optional-dependencies"]["dev"]]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    pinned = dict(p.lower().split("==") for p in pip if "==" in p)
    assert sorted(pinned) == sorted(wanted)
    lock = _lock()
    for name, version in pinned.items():
        assert lock[name] == version, f"{name}: environment.yml {version}, lock {lock[name]}"
    assert "python=3.11" in env["dependencies"]


def test_readme_commands_and_ci():
    readme = (ROOT / "README.md").read_text()
    assert "make repro" in readme and "make test" in readme and "make lab" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_dvc_offline_config():
    cfg = (ROOT / ".dvc" / "config").read_text()
    assert "analytics = false" in cfg and "check_update = false" in cfg


def test_readme_documents_the_table_schemas():
    from crosscount import schemas

    readme = (ROOT / "README.md").read_text()
    for name in schemas.CLAIMS:
        assert f"`{name}`" in readme
    for table in (schemas.INCIDENTS, schemas.COMPARISON):
        assert schemas.markdown(table) in readme, "README table is stale: regenerate it from schemas.markdown"


def test_readme_and_add_help_tell_the_same_story(capsys):
    from crosscount.cli import main

    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Bring your own corpus"):readme.index("## Measuring extraction")]
    try:
        main(["add", "--help"])
    except SystemExit:
        pass
    helptext = capsys.readouterr().out
    for word in (".txt", ".md", ".html", ".jsonl", ".csv", "trafilatura", "text", "published", "exact duplicate",
                 "copy_of", "Windows-1252", "English", "--corpus", "--max-bytes", "dvc repro", "interrupted"):
        assert word in section, word
        assert word in helptext, word
    assert "dvc remote add" in section and "rejected.csv" in section


def test_shipped_params_are_the_library_defaults():
    # The CLI outside the project and library callers use crosscount.defaults;
    # the project's params.yaml must say the same, so both tell one story.
    import yaml

    from crosscount import defaults

    p = yaml.safe_load((ROOT / "params.yaml").read_text())
    assert (p["ingest"]["max_bytes"], p["ingest"]["near_duplicate"]) == (defaults.MAX_BYTES, defaults.NEAR_DUPLICATE)
    assert (p["resolve"]["date_tolerance_days"], p["resolve"]["link_min_similarity"]) == (
        defaults.DATE_TOLERANCE_DAYS, defaults.LINK_MIN_SIMILARITY)
    assert p["charts"]["page_size"] == defaults.PAGE_SIZE


def test_docstring_examples_hold():
    """The examples in the library's docstrings (rules, numbers, text, ...) are run as tests."""
    import doctest
    import importlib
    import pkgutil

    import crosscount

    failed = tried = 0
    for info in pkgutil.walk_packages(crosscount.__path__, "crosscount."):
        result = doctest.testmod(importlib.import_module(info.name), optionflags=doctest.ELLIPSIS)
        failed += result.failed
        tried += result.attempted
    assert failed == 0 and tried >= 15
