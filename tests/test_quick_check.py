"""The text quick check (``TextQuickCheck``) mirrors :meth:`Text.matches_text`: the walk
asks the one, the edges the other, so a rule's keyword or ending honoured by one and not
the other would remove a line on one path and keep it on the other."""

from __future__ import annotations

import lxml.html
import pytest
from test_rules import CASES, DATE_LINES, KEYWORD_BRANCHES, PROMPT_LIKE_SENTENCES

from newsclean import Effect, Rule, Text
from newsclean.rules.builtin import BUILTIN_RULES
from newsclean.rules.quick_check import TextQuickCheck

TEXT_RULES = [rule for rule in BUILTIN_RULES if isinstance(rule.match, Text)]

#: Lines no rule should take (a story's), and some near misses of the keyed patterns.
STORY_LINES = [
    "the ferry left the harbour at dawn, and the crew said little about the storm.",
    "the council will issue its report on the harbour fees next month.",
    "read more about the lifeboat station on the harbour trust's website.",
    "a number of members voted against the plan; the job went to a local firm.",
    "the photo was taken in 2019. the crew said the sea was calmer than they feared, more or less",
    "she said the deal was off... and then said no more",
    "looking for answers, the families wrote to the harbour master.",
    "das magazin erscheint jetzt am kiosk und im abo.",
    "bericht als pdf | 38 kb",
]


def _normal(text: str) -> str:
    return " ".join(text.split()).lower()


def _texts() -> list[str]:
    """Every element's text in each rule case's markup, the keyed branches' texts, and
    the date, prompt-like and story lines, normalised as the rules read them."""
    texts = [_normal(line) for line in (*DATE_LINES, *PROMPT_LIKE_SENTENCES, *STORY_LINES)]
    texts += [_normal(text) for group in KEYWORD_BRANCHES.values() for text in group]
    for _rule, markup, _gone, _inside in CASES:
        for element in lxml.html.fragments_fromstring(f"<div>{markup}</div>")[0].iter():
            if isinstance(element.tag, str):
                texts.append(_normal(element.text_content()))
    return [text for text in dict.fromkeys(texts) if text]


TEXTS = _texts()


@pytest.mark.parametrize("rule", TEXT_RULES, ids=[rule.name for rule in TEXT_RULES])
def test_the_quick_check_of_a_rule_agrees_with_the_rule(rule: Rule) -> None:
    check = TextQuickCheck.build([rule])
    for text in TEXTS:
        matches = rule.text_match.matches_text(text)
        assert check._fired(text) == ([rule] if matches else []), text
        if matches:
            assert check.may_match(text), text


def test_the_quick_check_of_all_text_rules_agrees_with_them() -> None:
    check = TextQuickCheck.build(TEXT_RULES)
    fired_somewhere = 0
    for text in TEXTS:
        expected = [rule for rule in TEXT_RULES if rule.text_match.matches_text(text)]
        assert check._fired(text) == expected, text
        assert check.may_match(text) or not expected, text
        fired_somewhere += bool(expected)
    # the cases are matched by their rules: the comparison is not all "no match"
    assert fired_somewhere > len(CASES) // 2


def test_a_pattern_with_endings_is_tried_only_on_a_text_ending_in_one() -> None:
    match = Text(pattern=r".*(?:less|more)", max_length=100, suffixes=("less", "more"))
    rule = Rule("ended", match, Effect.DROP)
    check = TextQuickCheck.build([rule])
    assert check.ended == ((100, ("less", "more")),)
    assert match.matches_text("a caption. show more")
    assert check.may_match("a caption. show more")
    # "more" inside the text is no ending
    assert not check.may_match("more of the caption")
    assert not check.may_match("a caption. show more" + "x" * 80)
    # an ending holding another is left out: the shorter one ends the text too
    longer = Rule("longer", Text(pattern=r".*", suffixes=("show more",)), Effect.DROP)
    both = TextQuickCheck.build([rule, longer])
    assert both.ended == ((80, ("less", "more")), (100, ("less", "more")))


def test_each_pattern_rule_reads_its_own_keywords_among_those_the_text_holds() -> None:
    """The keywords a text holds are looked for once for all the pattern rules reading
    texts that long, none left out: not a keyword holding another ("commission" holds
    "on"), nor a rule's that also has endings; a rule reading short texts only is not
    tried on a longer one, even when it holds the rule's keyword."""
    wide = Rule(
        "wide",
        Text(pattern=r".*commission.*", keywords=("commission",), max_length=200),
        Effect.DROP,
    )
    short = Rule("short", Text(pattern=r".*\bon\b.*", keywords=("on",), max_length=40), Effect.DROP)
    ended = Rule(
        "ended",
        Text(pattern=r".*fees.*more", keywords=("fees",), suffixes=("more",), max_length=200),
        Effect.DROP,
    )
    check = TextQuickCheck.build([wide, short, ended])
    assert [words for _length, groups in check.present_tiers for _c, words in groups]
    assert check._fired("the commission met") == [wide]
    assert check._fired("the commission met on monday") == [wide, short]
    assert check._fired("harbour fees: read more") == [ended]
    assert check._fired("the harbour met on monday") == [short]
    # what must stay: a story's line holding none of the keywords, or too long for one
    assert check._fired("the harbour board met") == []
    assert check._fired("harbour fees were set") == []
    assert check._fired("the harbour board met on monday, " + "and again " * 4) == []
    assert check._fired("the commission met on monday, " + "and again " * 4) == [wide]
