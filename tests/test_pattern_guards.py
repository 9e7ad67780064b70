"""The rewritten costly branches of the built-in text patterns change no match: with
the lookaheads guarding a branch in another script (or on a digit or a word it must
hold) removed, a branch tried where a word starts spelt ``.*\\b`` again, and phrases
grouped by their first letter listed flat, each pattern matches the same texts."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from newsclean.dom.text import collapse_space
from newsclean.rules.builtin.lexicon import appeals, base, comments, credits, dates, notices

FIXTURES = Path(__file__).parent / "fixtures"
GUARDS = (base.HOLDING_CJK, base.HOLDING_ARABIC)
GUARDED = {
    "COPYRIGHT_NOTICE": notices.COPYRIGHT_NOTICE,
    "COMMENT_POLICY": comments.COMMENT_POLICY,
    "CLOSING_APPEAL": appeals.CLOSING_APPEAL,
}
EXTRA = (
    "港湾晚报网 版权所有，未经书面授权不得转载、摘编。",
    "本文版权声明： 未经许可 禁止转载",
    "무단전재 및 재배포 금지",
    "all rights reserved. 版权所有",
    "\n版权所有",
    "نرجو منكم مراجعة قواعد التعليق قبل المشاركة",
    "الآراء الواردة أدناه لا تعبر عن رأي الموقع",
    "قال المتحدث إن فريقا يتولى مراجعة التعليقات قبل نشرها",
    "يتم مراجعة جميع التعليقات قبل نشرها",
    "© 2024 example news",
    "all rights reserved",
    "-all rights reserved.",
    "news\nall rights reserved",
    "news \nall rights reserved",
    "xall rights reserved",
    "get the app. sign up for our free daily newsletter",
    "sign up for our free daily newsletter\n",
    "_sign up for our newsletter",
    "é-sign up for our newsletter",
    "",
)


def _texts() -> list[str]:
    """The blocks' texts of every fixture page, normalised as the text rules read them."""
    texts = list(EXTRA)
    for page in sorted(FIXTURES.glob("*/page.html")):
        root = lxml.html.fromstring(page.read_bytes())
        for element in root.iter("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "dd"):
            text = collapse_space(element.text_content()).lower()
            if text and len(text) <= 1200:
                texts.append(text)
    return texts


@pytest.mark.parametrize("name", GUARDED)
def test_guards_change_no_match(name: str) -> None:
    source = GUARDED[name]
    bare = source.replace(base.AFTER_WORD_BREAK, r".*\b")
    for guard in GUARDS:
        bare = bare.replace(guard, "")
    assert bare != source
    guarded, unguarded = re.compile(source, re.I), re.compile(bare, re.I)
    texts = _texts()
    matched = 0
    for text in texts:
        expected = unguarded.fullmatch(text) is not None
        assert (guarded.fullmatch(text) is not None) == expected, text
        matched += expected
    assert matched


#: The lookaheads before a pattern or branch that must hold a digit or a word: each
#: is removed to give the pattern as it was before it.
DIGIT_AND_WORD_GUARDS = (
    base.HOLDING_DIGIT,
    "(?=.*tell us what you think)",
    "(?=.*ment)",
    "(?=.*contributed )",
)
DIGIT_AND_WORD_GUARDED = {
    "date-only-blocks": base.HOLDING_DIGIT + dates.DATE_LINE,
    "BYLINE_LINE": credits.BYLINE_LINE,
    "META_LINE": dates.META_LINE,
    "WIRE_CREDIT": credits.WIRE_CREDIT,
    "COMMENT_REMNANT": comments.COMMENT_REMNANT,
}
#: Heads and lines whose combinations come near what the guarded branches match.
HEADS = ("", "news. ", "x", "“", "ada lind ", "by ada lind | ", "\n", "- ", "updated: ")
LINES = (
    "3 may 2024",
    "may 3, 2024 at 8:59 pm",
    "published: may 3, 2024 at 8:59 pm | updated: may 3, 2024 at 10:16 pm",
    "٣ may ٢٠٢٤",
    "posted on may",
    "23.06.2016 um 16:14 uhr - ada lind - 91 ergänzungen",
    "ada lind · 12 maja 2025",
    "2021-10-16 | botschaft",
    "ada lind stand: 05. februar 2020",
    "by ada lind and jo berg for the harbour times",
    "von ada lind, 12.05.2024 14.30 uhr",
    "may 3, 2024 | 12 comments",
    "ada lind contributed reporting.",
    "additional reporting by jo berg",
    "jo berg contributed to this story",
    "tell us what you think",
    "xtell us what you think",
    "tell us what you think\nbelow",
    "comments are moderated and approved",
    "kommentare werden freigeschaltet",
    "a moment to approve",
    "no comment",
)


def test_digit_and_word_guards_change_no_match() -> None:
    texts = _texts() + [head + line for head in HEADS for line in LINES]
    for name, source in DIGIT_AND_WORD_GUARDED.items():
        bare = source
        for guard in DIGIT_AND_WORD_GUARDS:
            bare = bare.replace(guard, "")
        assert bare != source, name
        guarded, unguarded = re.compile(source, re.I), re.compile(bare, re.I)
        matched = 0
        for text in texts:
            expected = unguarded.fullmatch(text) is not None
            assert (guarded.fullmatch(text) is not None) == expected, (name, text)
            matched += expected
        assert matched, name


def test_phrases_grouped_by_first_letter_match_as_listed() -> None:
    grouped = base.by_first_letter(appeals.APPEAL_PHRASES)
    flat = appeals.CLOSING_APPEAL.replace(grouped, "|".join(appeals.APPEAL_PHRASES))
    assert flat != appeals.CLOSING_APPEAL
    texts = _texts() + [
        head + phrase
        for head in ("", "news. ", "x", "jetzt ", "“", "a, ")
        for phrase in (
            "may be reached at ada@example.org",
            "can be reached at",
            "keep up with us on",
            "got a story tip?",
            "spotted a mistake? let us know",
            "noticed an error? tell us.",
            "notice any typos, write to us",
            "are aware of an inaccuracy we would like to know",
            "feedback zu diesem beitrag haben",
            "schreibt uns gerne in den kommentaren",
            "verratet es in den kommentaren",
            "erzählen sie uns in den kommentaren",
            "unserem kostenlosen newsletter",
            "meinen newsletter",
            "wir bei whatsapp: 0160 1234567",
            "us on telegram at",
            "nous sur telegram : @acme",
            "nosotros en whatsapp",
            "canal de telegram",
            "channel on whatsapp",
            "kanal bei whatsapp",
            "keine news mehr verpassen:",
            "nichts mehr verpassen!",
            "haben sie einen fehler entdeckt?",
            "want to report a correction",
            "would like to submit a correction",
            "this story first appeared in",
        )
    ]
    fast, slow = re.compile(appeals.CLOSING_APPEAL, re.I), re.compile(flat, re.I)
    matched = 0
    for text in texts:
        expected = slow.fullmatch(text) is not None
        assert (fast.fullmatch(text) is not None) == expected, text
        matched += expected
    assert matched > 100


def test_grouped_phrases_open_with_a_letter_of_their_own() -> None:
    assert base.by_first_letter(("may", "can", "mein")) == "m(?:ay|ein)|can"
    with pytest.raises(ValueError):
        base.by_first_letter(("(?:may|can) be reached",))
    with pytest.raises(ValueError):
        base.by_first_letter(("s?ee",))
