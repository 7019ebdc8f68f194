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


#: A saved news page (written for the tests): navigation, a cookie banner, styles
#: and scripts around the article, metadata in <head>.
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Rockets hit Kirkuk base | Northern Tribune</title>
<meta property="og:site_name" content="Northern Tribune">
<meta property="og:title" content="Rockets hit Kirkuk base">
<meta property="article:published_time" content="2021-03-04T09:30:00+03:00">
<link rel="canonical" href="https://tribune.example/2021/03/04/rockets-kirkuk">
<style>body { font-family: sans-serif } .ad { display: none }</style>
<script>window.__pwned = true; document.write("tracking pixel");</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
<article>
<h1>Rockets hit Kirkuk base</h1>
<p>Four rockets hit the K1 air base near Kirkuk on Wednesday night, the Iraqi military said in a statement.</p>
<p>Two soldiers were wounded and taken to a hospital in the city, according to the statement. It did not say who fired the rockets.</p>
<script>console.log("inline ad script inside the article")</script>
<p>The base hosts Iraqi troops and has been attacked several times this year by groups that oppose the presence of foreign forces.</p>
</article>
<footer>Copyright 2021 Northern Tribune. All rights reserved. Privacy policy.</footer>
</body></html>
"""

#: An export with a text column, optional metadata, a column crosscount does not use.
EXPORT_CSV = (
    "id,text,url,outlet,published,title,author\n"
    '1,"Five rockets were fired at the Green Zone in Baghdad on Tuesday, police said. No one was hurt in the attack, '
    'which the government condemned.",https://courier.example/gz,Gulf Courier,2022-05-10,Rockets at Green Zone,J. Doe\n'
    '2,"",https://courier.example/empty,Gulf Courier,2022-05-10,Empty row,J. Doe\n'
    '3,"Two drones were shot down over Erbil on Monday, officials said, and there were no casualties in the city.",'
    ',,not a date,,A. Writer,extra field\n'
    '4,"A drone attack on a base near Erbil wounded three soldiers on Monday night, the coalition said in a statement.",'
    ',Capital Wire,2022-05-09T22:00:00Z,,\n'
)

EXPORT_JSONL = "\n".join([
    '{"text": "At least seven rockets struck near the airport in Basra on Friday, a local official said. '
    'Three civilians were killed and the airport was closed for the day.", "outlet": "Daily Test", "published": "2022-07-01", "lang": "en"}',
    '{"text": "Three mortar rounds hit a checkpoint in Anbar on Friday, wounding two guards, the interior ministry said in a statement.", '
    '"published": "July 1st", "url": "https://daily.example/anbar"}',
    '{"text": "broken row, no closing brace"',
    '{"title": "no text here"}',
    '["not", "an", "object"]',
    '',
]) + "\n"

FRENCH = ("Trois roquettes sont tombées mardi soir près de l'aéroport de Bagdad, selon une source de sécurité. "
          "Aucune victime n'a été signalée, mais un véhicule a été endommagé, a précisé la police locale dans un communiqué.\n")
NO_COUNTS = ("Officials in Baghdad said on Thursday that the investigation into last week's attack on the embassy "
             "was continuing and that they were working with partners to find those responsible for it.\n")


def write_inputs(root: Path) -> Path:
    """A folder of mixed inputs as a user would bring them: good files and every bad case."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pages").mkdir(exist_ok=True)
    (root / "pages" / "kirkuk.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "pages" / "only-scripts.html").write_text(
        "<html><head><style>p{}</style><script>window.__pwned = 1</script></head><body><nav>Home</nav></body></html>")
    (root / "exports").mkdir(exist_ok=True)
    (root / "exports" / "feed.csv").write_text(EXPORT_CSV, encoding="utf-8")
    (root / "exports" / "feed.jsonl").write_text(EXPORT_JSONL, encoding="utf-8")
    (root / "exports" / "no-text-column.csv").write_text("title,url\nRockets,https://x.example\n")
    (root / "wire.txt").write_text(WIRE, encoding="utf-8")
    (root / "wire-copy.md").write_text("# " + WIRE_COPY, encoding="utf-8")
    (root / "wire_same.txt").write_text(WIRE.upper().replace("\n\n", "\n"), encoding="utf-8")  # exact duplicate
    (root / "independent.txt").write_text(INDEPENDENT, encoding="utf-8")
    (root / "windows.txt").write_bytes("Police said \u201cthree rockets\u201d hit the base in Baghdad on Sunday.".encode("cp1252"))
    (root / "latin1.txt").write_bytes("Two rockets hit a caf\u00e9 near the base on Sunday, police said.".encode("latin-1"))
    (root / "empty.txt").write_bytes(b"  \n")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (root / "undecodable.txt").write_bytes(b"Rockets \x81\x8d\x8f hit the base.")
    (root / "huge.txt").write_text("Rockets hit the base. " * 300, encoding="utf-8")  # 6,600 bytes
    (root / "french.txt").write_text(FRENCH, encoding="utf-8")
    (root / "no-counts.txt").write_text(NO_COUNTS, encoding="utf-8")
    (root / "report.pdf").write_bytes(b"%PDF-1.4 ...")
    return root
