"""The pieces several pattern modules build with: the lookaheads that skip a branch in
another script, what may come before a word, a web address, a notice's lead.
"""

from __future__ import annotations

from collections.abc import Iterable


def _holding(characters: str) -> str:
    """A lookahead passing only a text holding one of ``characters`` (a class's
    members, unbracketed), put before a branch that can match only such a text: one
    possessive scan in C, where the branch itself tries its alternatives at each
    position of, say, a long English paragraph read for a Chinese notice (10 times
    the cost). The branch matches the same texts with it as without."""
    return f"(?=[^{characters}]*+[{characters}])"


def by_first_letter(phrases: Iterable[str]) -> str:
    """``phrases`` as one alternation, those sharing their first letter grouped under it:
    "a(?:nmerkungen ...|re aware of ...)|c(?:...)". It matches the same texts as the
    phrases joined by "|". Where an alternation is tried at every word of a text, the
    regex engine passes over a group whose letter is not the word's in one test, where
    it tries each of the phrases (the phrases' share of ``closing-appeals`` 2.2 to 0.8 µs a
    call).

    Each phrase is a pattern opening with a letter that no quantifier follows, with no
    "|" outside its groups, and may open with the same letter as another."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        if not phrase[:1].isalpha() or phrase[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not opening with a letter of its own: {phrase!r}")
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(
        letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in groups.items()
    )


#: In place of ``.*\b`` before alternatives each opening with a letter, found anywhere in
#: the text: what comes before the word they open (nothing, or up to a character no
#: word holds). It matches the same, but tries them only where a word starts, not at
#: each position (a third of the cost on a long paragraph).
AFTER_WORD_BREAK = r"(?:[^\n]*[^\w\n])?"
#: A web address as a line gives it: "www.example.org", "https://example.com/page",
#: "example.de" (a domain with its top level); no e-mail address.
WEB_ADDRESS = r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?"

#: Before a pattern (or an optional group) that matches only a text holding a digit from
#: where it stands, a date's or a count's: one possessive scan in C fails a text with
#: none, where the pattern would first try its labels', weekdays' and months' hundreds of
#: alternatives (half the cost of a date line on the short lines read for one). It
#: matches the same texts with it as without (``\d`` as the pattern's: any script's digit).
HOLDING_DIGIT = r"(?=\D*+\d)"

#: Before the branch of :data:`COPYRIGHT_NOTICE` in Chinese, Japanese and Korean: the
#: characters its alternatives open with (a few characters, not their scripts' ranges,
#: which cost a second each to compile into the rules' alternations).
HOLDING_CJK = _holding("版禁不严嚴無무재")
#: Before the branch of :data:`COMMENT_POLICY` in Arabic: the letters its alternatives
#: open with.
HOLDING_ARABIC = _holding("متفنياآ")

#: Nothing before a notice but whole sentences with no quotation mark: a notice opens its
#: block or follows a sentence of the same voice ("We recommend ... picks. We may receive
#: compensation ..."), or a clause of its own sentence after a semicolon ("Our editors
#: pick every product from many retailers; we may earn a commission ..."); a story
#: quoting a notice ('"We may earn a commission," it read') keeps it.
NOTICE_LEAD = r"[^\w\"“”„«»]*(?:[^\"“”„«»]{0,160}?[.!?:;] )?[^\w\"“”„«»]*"
