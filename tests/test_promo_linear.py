"""promo-paragraphs' pattern reads a text in linear time and matches what it matched when
its inbox branch was tried at every sentence start (see ``QUOTE_RUN_START``)."""

from __future__ import annotations

import random
import re
import time

from newsclean.rules.builtin.lexicon.appeals import PROMO_APPEAL, QUOTE_RUN_START

#: the pattern with its inbox branch tried at every sentence start, as it was written first
EVERY_SENTENCE = re.compile(PROMO_APPEAL.replace(QUOTE_RUN_START, r"(?:.*?[.!?] )?"), re.I)
PATTERN = re.compile(PROMO_APPEAL, re.I)
#: the pieces the random texts are made of: the branch's phrases, quotation marks,
#: sentence ends, line breaks, the other branches' words and filler
PIECES = (
    *("our newsletter", "our daily newsletter", "unser newsletter", "notre newsletter"),
    *("in your inbox", "to your inbox", "in deinem posteingang", "dans votre boîte mail"),
    *("inbox", " inbox", "newsletter", " newsletter", "our", "in your", "inboxes"),
    *('"', "“", "”", "»", "«", "„", ". ", "? ", "! ", ".", "!", "\n", "*", "**", " ", "x", "a "),
    *("sign up for the newsletter", "subscribe", "get our free", "by email", "get it"),
    *("werden sie mitglied und erhalten", "in unserem seminar lernen sie", ", ", ": "),
)


def test_matches_as_tried_at_every_sentence_start() -> None:
    pick = random.Random(44)
    matched = 0
    for _ in range(20_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(1, 14)))
        expected = EVERY_SENTENCE.fullmatch(text) is not None
        assert (PATTERN.fullmatch(text) is not None) == expected, text
        matched += expected
    assert matched > 500  # the texts exercise the pattern, not only its misses


def test_reads_a_long_near_miss_in_linear_time() -> None:
    """16,000 characters of short sentences: tried at every sentence start, the inbox
    branch read to the text's end from each (about 2 s); now well under a tenth."""
    text = "by " + "ab. " * 4000 + "!"
    start = time.process_time()
    assert PATTERN.fullmatch(text) is None
    assert time.process_time() - start < 0.1
