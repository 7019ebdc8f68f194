"""Rule building blocks: prefix-tree alternations, lower-case patterns, word-start scans."""

from __future__ import annotations

import re

import pytest

from crosscount import rules as R


@pytest.mark.parametrize(("words", "text", "expected"), [
    (["at least", "at most", "a"], "at  least five", "at  least"),
    (["at least", "at most", "a"], "a rocket", "a"),
    (["a", "an", "another"], "another one", "another"),
    (["a", "an", "another"], "an hour", "an"),
    (["mortar", "mortar rounds", "mortars"], "mortar\nrounds fell", "mortar\nrounds"),
    (["approx.", "about"], "approx. 5", "approx."),
])
def test_trie_matches_longest_word_like_alt(words, text, expected):
    tree = re.compile(rf"(?:{R.trie(words)})(?!\w)")
    flat = re.compile(rf"(?:{R.alt(words)})(?!\w)")
    assert tree.match(text).group() == flat.match(text).group() == expected


def test_trie_finds_what_alt_finds_in_running_text():
    words = [*R.PROJECTILE_NOUNS, *R.PEOPLE_NOUNS, *R.IMPACT_VERBS]
    text = ("Two mortar rounds hit the base and a drone was shot down; three soldiers, "
            "a woman and her children were hurt as rockets struck nearby.").lower()
    tree = [m.span() for m in re.finditer(rf"\b(?:{R.trie(words)})\b", text)]
    flat = [m.span() for m in re.finditer(rf"\b(?:{R.alt(words)})\b", text)]
    assert tree == flat and len(tree) >= 8


def test_lower_regex_refuses_upper_case_letters():
    with pytest.raises(ValueError, match="upper-case"):
        R.lower_regex(r"\bNo\s+one\b")
    assert R.lower_regex(r"(?P<n>\d+)\s+\w+\b").match("12 rockets").group("n") == "12"


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    ("no one", "nono one, no one", [10]),
    ("no one", "no one", [0]),
    ("casualt", "no casualties, acasualty", [3]),
    ("ab", "xab ab_ab ab", [4, 10]),
])
def test_word_finditer_is_finditer_with_leading_boundary(pattern, text, expected):
    got = [m.start() for m in R.word_finditer(re.compile(pattern), text)]
    assert got == expected == [m.start() for m in re.finditer(rf"\b{pattern}", text)]


@pytest.mark.parametrize(("text", "expected"), [
    # The first "number" runs on into the next sentence: it is cut there and fails; the second matches.
    ("the number of cases may rise. last week the number was 34.", [("the number was 34", 40)]),
    ("the number was 12. then 13.", [("the number was 12", 0)]),
])
def test_word_finditer_keeps_matches_in_their_sentence(text, expected):
    pattern = re.compile(r"the number[\w\s.]*? was \d+")
    end_of = lambda pos: text.index(".", pos) + 1  # noqa: E731  a sentence ends at its full stop
    assert [(m.group(), m.start()) for m in R.word_finditer(pattern, text, end_of=end_of)] == expected


def test_zero_rules_start_at_a_word_boundary():
    # extract._zero_claims checks that boundary outside the regex (word_finditer).
    assert all(pattern.startswith(r"\b") for _rule, pattern, _measure in R.ZERO_RULES)


@pytest.mark.parametrize(("rule_id", "text"), [
    ("zero.nobody", "no one was seriously hurt"),
    ("zero.nobody", "nobody was killed"),
    ("zero.nobody", "nobody inside was hurt"),
    ("zero.lives_lost", "no lives were lost"),
    ("zero.nobody", "no one was killed or wounded"),
    ("zero.loss_of_life", "without any loss of life"),
    ("zero.loss_of_life", "no further losses of lives"),
    ("zero.averted", "casualties were averted"),
    ("zero.none_of", "none of the rockets landed"),
])
def test_zero_rule_matches_hold_one_of_its_words(rule_id, text):
    pattern = dict((rid, p) for rid, p, _m in R.ZERO_RULES)[rule_id]
    m = re.search(pattern, text, re.I)
    assert m is not None
    assert set(re.findall(r"\w+", m.group().lower())) & R.ZERO_RULE_WORDS[rule_id]
