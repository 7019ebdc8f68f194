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


def copy_repo(dest: Path) -> Path:
    """The repository's files (tracked and untracked, not ignored) copied to ``dest``."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    for f in files:
        src = ROOT / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)
    return dest


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def built_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repo copy on which `dvc repro` has run on the test corpus (shared by slow tests)."""
    import json
    import os
    import sys

    repo = copy_repo(tmp_path_factory.mktemp("built") / "repo")
    shutil.rmtree(repo / "data" / "raw")
    write_corpus(repo / "data" / "raw")
    gold = {"id": "a2", "incident_date": "2021-03-03", "claims": [
        {"measure": "projectiles", "low": 3, "high": 3, "event": "main", "quote": "Three rockets hit"},
        {"measure": "killed", "low": 0, "high": 0, "event": "main", "quote": "No one was killed"}]}
    (repo / "data" / "gold" / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "DVC_NO_ANALYTICS": "1"}
    proc = subprocess.run(["dvc", "repro"], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (repo / ".repro.log").write_text(proc.stdout + proc.stderr)
    return repo


#: One wire story, the same story republished with small edits under another
#: outlet's name, and an independent report of the same attack (written for the
#: tests). Near-duplicate detection must pair the first two and not the third.
WIRE = ("Drones strike airport near Erbil\n\n"
        "ERBIL, Iraq, June 12, 2023 (Wire Service) - Two explosive-laden drones struck the perimeter of Erbil "
        "international airport late on Sunday, the Kurdistan region's counter-terrorism service said. "
        "One of the drones was shot down before it reached the runway, and nobody was hurt, the service said "
        "in a statement. Flights were suspended for three hours while engineers checked the runway. "
        "Iran-aligned armed groups have claimed similar attacks on bases hosting US-led coalition troops "
        "in the past year, and the government has promised to find those responsible. "
        "The airport, which also hosts a coalition air base, reopened on Monday morning.\n")
WIRE_COPY = ("Airport in Kurdish capital targeted by drones\n\n"
             "(Gulf Courier) Two explosive-laden drones struck the perimeter of Erbil international airport "
             "late on Sunday, the Kurdistan region's counter-terrorism service said. "
             "One of the drones was shot down before it reached the runway, and nobody was hurt, the service said "
             "in a statement. Flights were suspended for about three hours while engineers checked the runway. "
             "Iran-aligned armed groups have claimed similar attacks on bases hosting US-led coalition troops "
             "in the past year, and the government has promised to find those responsible.\n")
INDEPENDENT = ("Erbil airport attacked again\n\n"
               "Kurdish officials said three drones were launched toward Erbil's airport on Sunday night and that "
               "air defences downed one of them. A spokesman for the regional government said no one was injured "
               "but that a hangar was damaged. Travellers described a loud blast and said flights were held for "
               "several hours. It is the third attack on the airport this year.\n")
