"""The body text rules (``Text(..., tags=...)``) inside the chosen body: the rules a
block's whole text matches (an inline piece of a sentence only by a strong rule), a body
container that is one such line, and the ``Role.GROUPED`` labels weighed together in
their box. Matching blocks against the body text rules goes here; what is removed with
them is :mod:`.prune`'s."""

from __future__ import annotations

from typing import Any

from ..dom.tags import BLOCK_TAGS
from ..dom.text import collapse_space, text_of, words_length
from ..rules.compiled import CompiledRules
from ..rules.matchers import LineBox
from ..rules.model import Role, Rule
from ..settings import Tuning
from .line_position import in_sentence, outer_wrapper, stands_alone
from .player_boxes import PLAYER_BOXES, player_box

HtmlElement = Any

INLINE_TEXT_TAGS = frozenset(("a", "span", "strong", "b", "em", "i", "time", "font", "small"))


def boilerplate_containers(
    containers: list[HtmlElement], rules: CompiledRules, tuning: Tuning
) -> list[tuple[HtmlElement, Rule]]:
    """The body containers that are themselves one short block a body text rule matches
    whole, each with the first such rule: a "Comments are closed." line set beside the
    story and taken in as a container of its own. :func:`prune` reads the blocks inside
    each container, never the container itself. A ``Role.GROUPED`` label counts only
    in a box of others, so it never takes a container alone."""
    found = []
    read: dict[tuple[str, str], list[Rule]] = {}
    for container in containers:
        if container.tag not in rules.tagged_text_rules:
            continue
        if words_length(container) >= tuning.text_rule_max_chars:
            continue
        fired = matching_text_rules(container, text_of(container).strip(), rules, read, tuning)
        alone = [rule for rule in fired if rule.role is not Role.GROUPED]
        if alone:
            found.append((container, alone[0]))
    return found


def long_rule_chars(rules: CompiledRules, tuning: Tuning) -> dict[str, int]:
    """Tag -> the longest block its body text rules read past ``text_rule_max_chars``
    (0 for a tag none of whose rules reads longer): a rule's own ``max_length`` beyond
    it, never past ``long_text_rule_max_chars``. A consent placeholder naming the
    provider, the site and how to withdraw runs to 360 characters and more; the quick
    check tries only the rules reading texts that long, so a paragraph of the story that
    long costs a few substring tests. Such a block is read only when it is
    :func:`one_block`."""
    shortest, cap = tuning.text_rule_max_chars, tuning.long_text_rule_max_chars
    return {
        tag: min(longest, cap) if longest > shortest else 0
        for tag, longest in rules.text_longest.items()
    }


def one_block(element: HtmlElement) -> bool:
    """True when ``element`` holds no block: a notice is one block of text, while a box
    opening with a notice's words ("Anzeige, enthält Affiliate-Links") may go on to the
    story's paragraphs. What :func:`long_rule_chars` lets the rules read past the usual
    length must be one block."""
    return next(element.iterdescendants(*BLOCK_TAGS), None) is None


def grouped_labels(
    labels: list[tuple[HtmlElement, str, Rule]],
    container: HtmlElement,
    tuning: Tuning,
    players: bool = False,
) -> list[tuple[HtmlElement, Rule]]:
    """The labels of ``Role.GROUPED`` rules (element, text, rule) that stand with at
    least ``grouped_min_labels`` different ones in one box: the largest element around
    them, below ``container``, holding at most ``grouped_box_max_chars`` (a player's
    control bar and menus). A lone label, or a few, stays. With ``players``, the
    player's own box (:func:`player_box`) goes instead of its labels when there is one."""
    sizes: dict[HtmlElement, int] = {}
    boxes: dict[HtmlElement, list[tuple[HtmlElement, str, Rule]]] = {}
    for label in labels:
        box = label[0]
        for ancestor in label[0].iterancestors():
            if ancestor is container:
                break
            size = sizes.get(ancestor)
            if size is None:
                size = sizes[ancestor] = words_length(ancestor)
            if size > tuning.grouped_box_max_chars:
                break
            box = ancestor
        boxes.setdefault(box, []).append(label)
    found: list[tuple[HtmlElement, Rule]] = []
    for members in boxes.values():
        if len({text for _element, text, _rule in members}) < tuning.grouped_min_labels:
            continue
        player = player_box((m[0] for m in members), container, tuning) if players else None
        if player is not None:
            found.append((player, PLAYER_BOXES))
        else:
            found.extend((element, rule) for element, _text, rule in members)
    return found


def matching_text_rules(
    element: HtmlElement,
    text: str,
    rules: CompiledRules,
    read: dict[tuple[str, str], list[Rule]],
    tuning: Tuning,
    collapsed: bool = False,
) -> list[Rule]:
    """The body text rules that match ``element``'s whole text (``read``: the rules
    matching each tag and text met so far on the page; ``collapsed``: ``text`` is known
    to be as :func:`collapse_space` leaves it)."""
    tag = element.tag
    fired = read.get((tag, text))
    if fired is None:
        shortest = tuning.text_rule_max_chars
        fired = read[tag, text] = _matching_rules(tag, text, rules, shortest, collapsed)
    if fired and any(rule.text_match.box is not None for rule in fired):
        fired = _in_their_box(element, text, fired, tuning)
    # words inside a sentence ("... <a>subscribe to the print magazine</a>.", a date, a
    # "by ...") are part of the sentence: there only a strong rule removes them; so are
    # words alone in a link or bold wrapper that sits in the sentence ("<a><b>Follow us</b></a> to")
    if (
        tag in INLINE_TEXT_TAGS
        and fired
        and (not stands_alone(element) or in_sentence(outer_wrapper(element), text))
    ):
        fired = [r for r in fired if r.strong]
    return fired


def _in_their_box(element: HtmlElement, text: str, fired: list[Rule], tuning: Tuning) -> list[Rule]:
    """``fired`` without the rules taking another kind of box (``Text(box=...)``) than
    ``element``'s: a closing box of links and notices (:func:`_closing_box`: a site's
    notice, ``closing-notices``) or any other (a picture's caption,
    ``credited-captions``), for rules that match the same lines."""
    box = LineBox.CLOSING if _closing_box(element, text, tuning) else LineBox.OTHER
    return [rule for rule in fired if rule.text_match.box in (None, box)]


def _closing_box(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element``, whose text ends in a copyright sign and a name, is no
    picture's caption but a closing box of links and notices: it holds more than
    *credit_caption_max_links* links before the sign (a row of the site's links, "About |
    Privacy | Contact © 2024 Example Media"). A caption over several lines (its title,
    its text, the credit, a gallery's "skip" link after it) links its picture or its
    credit at most."""
    lowered = text.lower()
    sign = min((at for at in (lowered.find("©"), lowered.find("(c)")) if at >= 0), default=-1)
    before = collapse_space(text[:sign] if sign >= 0 else text)
    count = 0
    for link in element.iter("a"):
        words = collapse_space(text_of(link)).strip()
        if words and words in before:
            count += 1
    return count > tuning.credit_caption_max_links


def _matching_rules(
    tag: str, text: str, rules: CompiledRules, shortest: int, collapsed: bool = False
) -> list[Rule]:
    """The body text rules for ``tag`` that match ``text`` as a whole: a text longer
    than ``shortest`` (``text_rule_max_chars``) is tried with the rules reading it alone
    (:meth:`.CompiledRules.long_text_check`). ``collapsed``: ``text`` is as
    :func:`collapse_space` leaves it."""
    if not rules.tagged_text_rules.get(tag):
        return []
    normal = (text if collapsed else collapse_space(text)).lower()
    normal = normal.replace("’", "'").lstrip("([（【")
    if len(normal) > shortest:
        return rules.long_text_check(tag, shortest).matching(normal)
    return rules.text_quick_checks[tag].matching(normal)


def paragraph_line_rules(text: str, rules: CompiledRules, tuning: Tuning) -> list[Rule]:
    """The body text rules a paragraph holding only ``text`` would match (a line of loose
    text, in no block of its own, read as the block it renders as): those of ``p`` for a
    text of at most ``text_rule_max_chars``, less the ``Role.GROUPED`` labels (weighed
    only with others of their box) and the rules taking one kind of box, which read the
    block's links."""
    if len(text) > tuning.text_rule_max_chars:
        return []
    fired = _matching_rules("p", text, rules, tuning.text_rule_max_chars)
    return [rule for rule in fired if rule.role is not Role.GROUPED and rule.text_match.box is None]
