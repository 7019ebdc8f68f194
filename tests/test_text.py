from __future__ import annotations

import pytest

from crosscount.text import SentenceIndex, lowered, sentence_spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Two rockets hit the U.S. embassy. No one was hurt.", ["Two rockets hit the U.S. embassy.", "No one was hurt."]),
    ("Headline without stop\n\nBody sentence here.", ["Headline without stop", "Body sentence here."]),
    ("Maj. Gen. Smith said on Jan. 5 that it ended.", ["Maj. Gen. Smith said on Jan. 5 that it ended."]),
    ("at least one person\nwas wounded. Then more.", ["at least one person\nwas wounded.", "Then more."]),
    ("“It was over,” he said. Later it resumed.", ["“It was over,” he said.", "Later it resumed."]),
    ("The strike killed an\nAmerican contractor.", ["The strike killed an\nAmerican contractor."]),
    ("Rockets hit Erbil\nThe army said so.", ["Rockets hit Erbil", "The army said so."]),
])
def test_sentence_spans(text, expected):
    assert [text[s.start:s.end] for s in sentence_spans(text)] == expected


def test_index_finds_sentence_of_offset():
    text = "First one. Second one here."
    idx = SentenceIndex(text)
    assert idx.sentence_no(text.index("Second")) == 1
    assert idx.sentence_no(0) == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets hit Erbil\n \n\nThree were intercepted.", ["Rockets hit Erbil", "Three were intercepted."]),
    ("Officials (U.S. and Iraqi) met. Then it ended.", ["Officials (U.S. and Iraqi) met.", "Then it ended."]),
    ("It hit the base at 4 a.m. Officials said so.", ["It hit the base at 4 a.m.", "Officials said so."]),
    ("It hit at 3:10 a.m. Baghdad time, police said.", ["It hit at 3:10 a.m. Baghdad time, police said."]),
    ("It hit at 10 p.m. Nobody was hurt.", ["It hit at 10 p.m.", "Nobody was hurt."]),
    ("He said “(Mr. Smith) knew.” It ended.", ["He said “(Mr. Smith) knew.”", "It ended."]),
])
def test_sentence_spans_blank_lines_and_abbreviations(text, expected):
    assert [text[s.start:s.end] for s in sentence_spans(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two ROCKETS hit", "two rockets hit"),
    ("İstanbul: Two rockets", "İstanbul: two rockets"),  # "İ" lower-cases to two characters: kept
    ("ŞEHİR İÇİ", "şehİr İçİ"),
])
def test_lowered_keeps_offsets(text, expected):
    assert lowered(text) == expected and len(expected) == len(text)


def test_word_positions_declared_or_not_agree():
    text = "Rockets hit. Two ROCKETS, a rocketeer and rocket-fire; no Rocket? Sirens."
    words = frozenset({"rocket", "rockets", "sirens"})
    shared = SentenceIndex(text, words=words | {"hit"})
    alone = SentenceIndex(text)
    assert shared.word_positions(words) == alone.word_positions(words) == [0, 17, 42, 58, 66]
    assert shared.sentences_with(frozenset({"hit"})) == [0]
    assert shared.sentences_with(words) == [0, 1, 2]


def test_word_positions_refuses_words_it_cannot_scan():
    with pytest.raises(ValueError):
        SentenceIndex("two mortar rounds").word_positions(frozenset({"mortar rounds"}))
