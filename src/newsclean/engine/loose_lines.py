"""The loose text closing the body, in no block of its own, read beyond the edge rules
(:func:`.edge_blocks.loose_closing_line` reads it whole first): its last line, set
apart by two ``<br>`` (a site's pitch after the story's closing note, "<em>Disclaimer:
...</em><br><br><a>Get access to ... Pro for as little as ...</a>", the two too long
together for any edge rule, the line rendering as a block of its own); and the
writer's tagline in italics ("<em>Ada Lind is Example's deal curator ...</em>")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import text_of, words_length
from .author_notes import ITALICS, opens_author_note
from .edge_text import normal_text
from .inline_lines import line_text

HtmlElement = Any


def loose_line_after_breaks(
    chain: Sequence[HtmlElement], inline: Sequence[HtmlElement]
) -> tuple[list[HtmlElement], list[HtmlElement], list[str]]:
    """Of the loose text after the body's last block (``chain`` and ``inline`` as
    :func:`.inline_lines.loose_after` gives them), the part after the last two ``<br>``
    in a row: the chain's nodes whose tails it holds, its nodes (the breaks last) and
    its texts in reading order. Nothing when no two breaks stand in it, or when no
    text comes before them (the whole loose text is then the line)."""
    for index in range(len(inline) - 1, 0, -1):
        second, first = inline[index], inline[index - 1]
        if (
            second.tag == "br"
            and first.tag == "br"
            and first.getparent() is second.getparent()
            and not (first.tail or "").strip()
        ):
            break
    else:
        return [], [], []
    level = next(
        (at for at, node in enumerate(chain) if node.getparent() is second.getparent()), None
    )
    if level is None or not any(map(str.strip, _before(chain, inline, index - 1))):
        return [], [], []
    nodes = list(second.itersiblings())
    texts = [second.tail or "", *line_text(nodes)]
    for node in chain[level + 1 :]:
        siblings = list(node.itersiblings())
        nodes += siblings
        texts += [node.tail or "", *line_text(siblings)]
    return list(chain[level + 1 :]), [*nodes, first, second], texts


def _before(chain: Sequence[HtmlElement], inline: Sequence[HtmlElement], stop: int) -> list[str]:
    """The loose texts before ``inline[stop]``: the first chain node's tail and the
    nodes before it (a comment's text is not the page's)."""
    return [chain[0].tail or "", *line_text(inline[:stop])]


def loose_tagline(inline: Sequence[HtmlElement], text: str, names: Sequence[str]) -> bool:
    """True when the loose line ``inline`` (its normalised ``text``) is one italic
    element and nothing else with words, a note on one of the page's author ``names``
    saying what they do in journalism (:func:`.author_notes.opens_author_note`): the
    writer's tagline under the story, set loose after its last block."""
    worded = [node for node in inline if isinstance(node.tag, str) and words_length(node)]
    if len(worded) != 1 or worded[0].tag not in ITALICS:
        return False
    return normal_text(text_of(worded[0])) == text and opens_author_note(text, names)
