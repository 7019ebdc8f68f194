from __future__ import annotations

import pytest

from crosscount.text import SentenceIndex, sentence_spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Two rockets hit the U.S. embassy. No one was hurt.", ["Two rockets hit the U.S. embassy.", "No one was hurt."]),
    ("Headline without stop\n\nBody sentence here.", ["Headline without stop", "Body sentence here."]),
    ("Maj. Gen. Smith said on Jan. 5 that it ended.", ["Maj. Gen. Smith said on Jan. 5 that it ended."]),
    ("at least one person\nwas wounded. Then more.", ["at least one person\nwas wounded.", "Then more."]),
    ("“It was over,” he said. Later it resumed.", ["“It was over,” he said.", "Later it resumed."]),
])
def test_sentence_spans(text, expected):
    assert [text[s.start:s.end] for s in sentence_spans(text)] == expected


def test_index_finds_sentence_of_offset():
    text = "First one. Second one here."
    idx = SentenceIndex(text)
    assert idx.sentence_no(text.index("Second")) == 1
    assert idx.sentence_no(0) == 0
