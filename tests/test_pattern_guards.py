"""The rewritten costly branches of the built-in text patterns change no match: with
the lookaheads guarding a branch in another script removed, and a branch tried where a
word starts spelt ``.*\\b`` again, each pattern matches the same texts."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from newsclean.dom.text import collapse_space
from newsclean.rules.builtin.lexicon import appeals, base, comments, notices

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
