from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: A small corpus written for the tests (not from any dataset): two outlets on one
#: attack, one wire story with a dateline, one undated article.
ARTICLES = {
    "a1": "Rockets hit base near capital\n\nKIRKUK, March 3, 2021 (Reuters) - Five rockets struck the K2 air base on Wednesday night, "
          "the Iraqi military said. Two soldiers were wounded.\n",
    "a2": "Three rockets hit an air base near Kirkuk on Wednesday, a security source said. No one was killed.\n",
    "a3": "Officials said a drone attack left no casualties. Earlier, in 2019, an attack killed 12 people.\n",
}
MANIFEST = "doc_id,outlet,url,published,title\na1,,,,\na2,Daily Test,https://example.org/a2,2021-03-04,\na3,,,,\n"


def write_corpus(root: Path, articles: dict[str, str] | None = None, manifest: str | None = MANIFEST) -> Path:
    (root / "articles").mkdir(parents=True, exist_ok=True)
    for doc_id, text in (articles or ARTICLES).items():
        (root / "articles" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    if manifest is not None:
        (root / "manifest.csv").write_text(manifest, encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The committed repository (plus uncommitted tracked edits) copied to a temp folder."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    dest = tmp_path / "repo"
    for f in files:
        src = ROOT / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)
    return dest
