"""Inside the chosen body: remove what text rules match, link lists, teaser links and
the headline (which is ``Article.title``, not a body block)."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tags import BLOCK_TAGS, HEADINGS, PHRASING_TAGS, SECTION_HEADINGS
from ..dom.text import collapse_space, text_before, text_of, words_length
from ..dom.tree import precedes, previous_element, remove_element
from ..metadata.title import headline_agrees
from ..rules.builtin.credit_captions import PLACEHOLDER_CAPTIONS, caption_beside_placeholder
from ..rules.builtin.lexicon.credits import NAMES_LINE
from ..rules.compiled import CompiledRules
from ..rules.matchers import Tags
from ..rules.model import Effect, Role, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .card_rows import card_rows, row_holder
from .edges import body_text_before
from .grids import in_data_table
from .label_cards import CARD_BOXES, CREDIT_RUNS, LABEL_CARDS, credit_run, label_cards
from .link_blocks import label_holder, link_block_reason
from .link_lists import names_price
from .link_parts import sources_only
from .links import SiteLinks
from .player_boxes import CLIP_TITLES, PLAYER_BOXES, clip_title, player_box, running_time_line
from .pointers import bracketed_pointer
from .teaser_boxes import teaser_box
from .teasers import teaser_card

HtmlElement = Any

_PRUNABLE = (
    *("div", "section", "ul", "ol", "dl", "table", "form", "header", "span", "aside"),
    *SECTION_HEADINGS,
    *("p", "center", "figure"),
)
#: What a line introducing a list under its heading is set in.
_INTRO_TAGS = frozenset(("p", "div", "span"))
_DENSITY_PRUNED = frozenset(_PRUNABLE) - {"span"}
#: Link rules that do not read a data table's cells (engine/grids.py).
_GRID_SPARED = frozenset(("link-list", "link-paragraph", "teaser-link"))
#: A line of at most this many words before a list of links is its label.
LABEL_WORDS = 4
#: A bare stop ending a sentence anywhere in a text: ".", "!", "?" or "。" right before a
#: space or the end. Narrower than label cards' (engine/label_cards.py): a stop inside
#: quotes or an ellipsis is not read as one, so a quoted line or a trailing "…" over
#: a headline stays a label; sharing theirs would change which lines go with it.
_BARE_STOP = re.compile(r"[.!?。](?:\s|$)")
#: Where a body that opens with its headline has it.
_HEADLINE_TAGS = frozenset((*HEADINGS, "p", "div", "b", "strong", "font", "span"))
#: What holds a link standing as a block of its own (a card), not as a line.
_CARD_HOLDERS = frozenset(("div", "section", "article", "main", "body"))
_INLINE_TEXT_TAGS = frozenset(("a", "span", "strong", "b", "em", "i", "time", "font", "small"))
#: The last characters of a label set before a line ("Read also:", "Subscribe –").
_LABEL_ENDS = (":", "–", "—", "-", "|", "/", "»", ">")
#: The rule naming a line as a pointer to more reading ("Read also:", "Mehr Infos").
_READ_ALSO = "read-also-teasers"
#: The reason for a teaser's card removed with its headline.
TEASER_BOXES = "teaser-boxes"
#: The reason for a short link in brackets closing a paragraph (engine/pointers.py).
BRACKETED_POINTERS = "bracketed-pointers"
#: The reason for the cards of a row of teasers below the story (engine/card_rows.py).
TEASER_CARD_ROWS = "teaser-card-rows"
#: Lines that such a pointer to another site leaves in the story (not a box of links).
_SOURCE_LINES = frozenset(("p", "li"))
#: A tail opening with the separator after a label: ": ", " – ", " | ".
_SEPARATOR_OPENING = re.compile(r"\s*[:|–—-]+(?:\s+|$)")


def prune(
    container: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    tuning: Tuning,
    links: SiteLinks,
    body: list[HtmlElement] | None = None,
    keep_captions: bool = False,
) -> list[tuple[HtmlElement, str]]:
    """Remove text-rule matches, link lists, teasers and similar leftovers inside
    ``container``; return what was removed, each with the rule or reason. A list of
    teaser cards closed by buttons goes only below the story: with at least
    ``teaser_cards_story_ratio`` times its text of the ``body`` (the containers, in
    order) before it; a landing page made of such cards keeps them. ``keep_captions``:
    the captions are asked for (``include_captions``)."""
    doomed: list[tuple[HtmlElement, str]] = []
    # an inline piece of a sentence is removed only by a strong text rule (_text_rules),
    # and is never a link block: without such a rule for its tag it needs no look
    weak_only = {
        tag
        for tag in rules.tagged_text_rules
        if tag in _INLINE_TEXT_TAGS and tag not in _PRUNABLE and tag not in rules.strong_text_tags
    }
    # each tag once: lxml tests every element against each tag it is given
    looked_at = dict.fromkeys((*_PRUNABLE, *rules.tagged_text_rules))
    # nested blocks often hold the same text (a <div> around its one <p>): read once
    read: dict[tuple[str, str], list[Rule]] = {}
    grouped: list[tuple[HtmlElement, str, Rule]] = []  # Role.GROUPED labels, weighed after
    short_boxes: list[HtmlElement] = []
    for element in container.iter(*looked_at):
        if element is container:
            continue
        if element.tag in weak_only and not _stands_alone(element):
            continue
        length = words_length(element)  # counted in C: the text is built for short ones
        if length == 0:
            continue
        if length <= tuning.label_card_max_chars and element.tag in CARD_BOXES:
            short_boxes.append(element)  # read for label cards once the walk is done
        fired = (
            _text_rules(element, text_of(element).strip(), rules, read)
            if length < tuning.text_rule_max_chars and element.tag in rules.tagged_text_rules
            else []
        )
        if fired and all(rule.role is Role.GROUPED for rule in fired):
            # weighed once all are known; meanwhile it is read as any other block
            grouped.append((element, collapse_space(text_of(element)).lower(), fired[0]))
        fired = [rule for rule in fired if rule.role is not Role.GROUPED]
        if fired and _points_to_source(element, fired, links):
            fired = []
        if fired:
            for rule in fired:
                decisions.record(element, rule)
            doomed.append((element, fired[0].name))
            continue
        if element.tag == "a":
            if bracketed_pointer(element, links):
                doomed.append((element, BRACKETED_POINTERS))
                continue
            if _is_card(element) and teaser_card(element, length, tuning, links):
                doomed.append(_teaser_card(element, container, tuning, links))
            continue
        if element.tag not in _DENSITY_PRUNED:
            continue
        reason = link_block_reason(element, length, tuning, links)
        if reason == "teaser-cards" and (
            body_text_before(element, body or [container])
            < tuning.teaser_cards_story_ratio * length
        ):
            reason = link_block_reason(element, length, tuning, links, cards=False)
        if reason in _GRID_SPARED and in_data_table(element, container, tuning):
            reason = None
        if reason in ("link-list", "teaser-list", "teaser-cards", "teaser-link"):
            if reason != "teaser-link":
                element = label_holder(element, container, tuning)
            heading = _heading_before(element, tuning)
            if heading is not None:
                doomed.append((heading, f"{reason}-heading"))
            elif reason in ("teaser-list", "teaser-cards"):
                doomed.extend(_introduction(element, reason, tuning))
        if reason == "teaser-link":
            doomed.append(_teaser_card(element, container, tuning, links))
        elif reason is not None:
            doomed.append((element, reason))
    taken = [element for element, _reason in doomed]
    for row in card_rows(container, body or [container], tuning, links, taken):
        doomed.extend(_labelled_row(row, container, tuning))
    gone = {element for element, _reason in doomed}  # kept up as more is doomed below
    cards = [
        card
        for card in label_cards(short_boxes, body or [container], tuning, links, keep_captions)
        if card not in gone and not gone.intersection(card.iterancestors())
    ]
    doomed.extend((card, LABEL_CARDS) for card in cards)
    if body and container is body[-1]:
        credits = credit_run(container, body, tuning)
        if credits is not None and credits not in gone:  # the cards not counted, as before
            doomed.append((credits, CREDIT_RUNS))
            gone.add(credits)
    gone.update(cards)
    if grouped:
        players = not keep_captions and rules.runs(PLAYER_BOXES)
        for element, rule in _grouped_labels(grouped, container, tuning, players):
            if element not in gone:
                decisions.record(element, rule)
                doomed.append((element, rule.name))
                gone.add(element)
    if not keep_captions and rules.runs(PLACEHOLDER_CAPTIONS):
        credits = [element for element, reason in doomed if reason in _CREDIT_RULES]
        for credit in credits:
            caption = caption_beside_placeholder(credit)
            if caption is not None and caption not in gone:
                decisions.record(caption, PLACEHOLDER_CAPTIONS)
                doomed.append((caption, PLACEHOLDER_CAPTIONS.name))
                gone.add(caption)
    if rules.runs(CLIP_TITLES):
        for line in [element for element, reason in doomed if running_time_line(element, reason)]:
            title = clip_title(line)
            if title is not None and title not in gone:
                decisions.record(title, CLIP_TITLES)
                doomed.append((title, CLIP_TITLES.name))
                gone.add(title)
    if rules.runs(BYLINE_BESIDE_DATE):
        dates = [element for element, reason in doomed if reason in _DATE_RULES]
        for line in _bylines_beside(dates, container, tuning) if dates else ():
            decisions.record(line, BYLINE_BESIDE_DATE)
            doomed.append((line, BYLINE_BESIDE_DATE.name))
    for element, _reason in doomed:
        if element.tag in PHRASING_TAGS:
            _drop_separator_after(element)
        remove_element(element)
    return doomed


def _teaser_card(
    teaser: HtmlElement, container: HtmlElement, tuning: Tuning, links: SiteLinks
) -> tuple[HtmlElement, str]:
    """A teaser's headline, or the card around it (:func:`teaser_box`) with the reason
    ``teaser-boxes``: its kicker and blurb would stay behind as loose lines."""
    box = teaser_box(teaser, container, tuning, links)
    return (box, "teaser-link") if box is teaser else (box, TEASER_BOXES)


def _labelled_row(
    row: list[HtmlElement], container: HtmlElement, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """A row of teaser cards with its label: the box the cards fill, with the wrappers
    holding little besides it (:func:`row_holder`: "Related posts" and a subtitle),
    and a heading right before it."""
    box = row[0].getparent()
    cards = set(row)
    if all(child in cards or not words_length(child) for child in box.iterchildren("*")):
        found = [(row_holder(box, container, tuning), TEASER_CARD_ROWS)]
    else:
        found = [(card, TEASER_CARD_ROWS) for card in row]
    heading = _heading_before(found[0][0], tuning)
    if heading is not None:
        found.append((heading, f"{TEASER_CARD_ROWS}-heading"))
    return found


def _points_to_source(element: HtmlElement, fired: list[Rule], links: SiteLinks) -> bool:
    """True when a line matched only as a pointer to more reading links to other sites
    alone: "More details on the maker's site: <a>maker.example</a>", "Learn more at
    <a>The Daily Example</a>." names the story's source, as a link in a sentence does;
    a teaser points to the site's own stories."""
    return (
        element.tag in _SOURCE_LINES
        and all(rule.name == _READ_ALSO for rule in fired)
        and sources_only(element, links)
    )


def _drop_separator_after(element: HtmlElement) -> None:
    """An inline label or byline removed from the start of its line ("<strong>By A.
    Writer</strong>: The minister said ...") leaves the colon, dash or bar that set it
    off: the line would open with it. It goes with the label."""
    wrapper = _outer_wrapper(element)
    tail = wrapper.tail
    if not tail or not _SEPARATOR_OPENING.match(tail):
        return
    if not _opens_line(wrapper):
        return
    rest = _SEPARATOR_OPENING.sub("", tail, count=1)
    if rest.strip():
        wrapper.tail = rest


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
        fired = _text_rules(container, text_of(container).strip(), rules, read)
        alone = [rule for rule in fired if rule.role is not Role.GROUPED]
        if alone:
            found.append((container, alone[0]))
    return found


def _grouped_labels(
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


def _text_rules(
    element: HtmlElement, text: str, rules: CompiledRules, read: dict[tuple[str, str], list[Rule]]
) -> list[Rule]:
    """The body text rules that match ``element``'s whole text (``read``: the rules
    matching each tag and text met so far on the page)."""
    tag = element.tag
    fired = read.get((tag, text))
    if fired is None:
        fired = read[tag, text] = _matching_rules(tag, text, rules)
    # words inside a sentence ("... <a>subscribe to the print magazine</a>.", a date, a
    # "by ...") are part of the sentence: there only a strong rule removes them; so are
    # words alone in a link or bold wrapper that sits in the sentence ("<a><b>Follow us</b></a> to")
    if (
        tag in _INLINE_TEXT_TAGS
        and fired
        and (not _stands_alone(element) or _in_sentence(_outer_wrapper(element), text))
    ):
        fired = [r for r in fired if r.strong]
    return fired


def _matching_rules(tag: str, text: str, rules: CompiledRules) -> list[Rule]:
    """The body text rules for ``tag`` that match ``text`` as a whole."""
    if not rules.tagged_text_rules.get(tag):
        return []
    normal = collapse_space(text).lower().replace("’", "'").lstrip("([（【")
    return rules.text_quick_checks[tag].matching(normal)


#: Stands in for a rule on an unlabelled byline in one box with the story's date line.
BYLINE_BESIDE_DATE = Rule(
    "bylines-beside-dates",
    Tags("div p span"),
    Effect.DROP,
    description="A short line of names with no 'By' ('Ada Lind and Jo Bacon Harbour "
    "Times') alone in one box with a date line the rules dropped: the byline and its "
    "date, set apart; not a linked line (a teaser's headline) or one ending a sentence.",
)
#: The date rules whose line, beside a line of names, makes that line a byline.
_DATE_RULES = frozenset(("date-only-blocks",))
#: The rules taking a picture's credit line, over which a caption may stand.
_CREDIT_RULES = frozenset(("agency-credits", "credit-lines"))
#: The blocks read as an unlabelled byline beside a date line.
_BYLINE_TAGS = frozenset(("div", "p", "span", "strong", "b"))
#: The boxes holding such a byline and its date.
_BYLINE_BOXES = frozenset(("div", "header", "section"))
#: A line of names (:data:`NAMES_LINE`).
_NAMES_LINE = re.compile(NAMES_LINE)


#: A lead picture's elements: a box above the headline holding one is the story's.
_PICTURES = ("img", "picture", "figure", "video")

#: Stands in for a rule on the label set above the headline inside the body.
HEADLINE_LABELS = Rule(
    "headline-labels",
    Tags("p div span a h2 h3 h4 h5 h6 time ul"),
    Effect.DROP,
    description="What stands before the headline inside the body when it is short and "
    "no sentence ('Politik', 'News', a back link to the section, '04.02.2022 | 13:10'): "
    "the kicker and the section's name, which the title does not carry either.",
)


def _bylines_beside(
    dates: list[HtmlElement], container: HtmlElement, tuning: Tuning
) -> list[HtmlElement]:
    """The unlabelled bylines sharing a box with one of the ``dates`` (lines a date
    rule took): the box's one other block, a short line of capitalised names
    (:data:`_NAMES_LINE`) with no link, before the body's first paragraph of prose."""
    found = []
    for date in dates:
        box = date.getparent()
        if box is None or box.tag not in _BYLINE_BOXES or (box.text or "").strip():
            continue
        others = [child for child in box if child is not date and isinstance(child.tag, str)]
        if len(others) != 1 or others[0].tag not in _BYLINE_TAGS:
            continue
        line = others[0]
        text = collapse_space(text_of(line))
        if (
            not 0 < len(text) <= tuning.byline_beside_date_max_chars
            or (line.tail or "").strip()
            or (date.tail or "").strip()
            or next(line.iter("a"), None) is not None
            or _NAMES_LINE.fullmatch(text) is None
            or _prose_before(line, container, tuning)
        ):
            continue
        found.append(line)
    return found


def _prose_before(element: HtmlElement, container: HtmlElement, tuning: Tuning) -> bool:
    """Whether a paragraph of prose of ``container`` comes before ``element``."""
    least = tuning.lead_inside_before_chars
    for paragraph in container.iter("p"):
        if not precedes(paragraph, element):
            return False
        if len(text_of(paragraph).strip()) >= least:
            return True
    return False


def drop_headline(
    container: HtmlElement, title: str | None, tuning: Tuning | None = None
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The headline is ``Article.title``; it is not repeated as the first body block.

    That is an h1 agreeing with the title, else an h1 opening the body (the visible
    headline may be worded otherwise than the page's title), else a heading opening it
    whose text the title holds (the heading "Story" under the title "Story (Issue 5)").
    A block opening the body whose text is the title goes too, also when a headline went
    before it: many pages set the title twice, a hidden or printed copy beside the h1.
    With ``tuning``, an h1 agreeing with the title takes with it what stands before it
    in ``container`` (see :func:`_labels_above`). Returns the headlines removed and
    those labels.
    """
    wanted = collapse_space(title or "")
    removed: list[HtmlElement] = []
    labels: list[HtmlElement] = []
    for h1 in container.iter("h1"):
        if wanted and headline_agrees(collapse_space(text_of(h1)), wanted):
            labels = _labels_above(container, h1, tuning) if tuning is not None else []
            removed.append(h1)
            break
    opening = _opening_block(container) if not removed else None
    if opening is not None:
        text = collapse_space(text_of(opening))
        if opening.tag == "h1" or (
            opening.tag in SECTION_HEADINGS and text in wanted and headline_agrees(text, wanted)
        ):
            removed.append(opening)
    for element in removed:
        remove_element(element)
    copy = _title_copy(container, wanted)
    if copy is not None:
        remove_element(copy)
        removed.append(copy)
    return removed, labels


def _title_copy(container: HtmlElement, wanted: str) -> HtmlElement | None:
    """The block opening ``container`` whose whole text is the title ``wanted`` (case
    aside): the opening element itself, or the innermost box around it, inside
    ``container``, holding that text and nothing else; not a phrase opening a sentence
    (a bold title the sentence goes on after is the sentence's)."""
    element = _opening_block(container)
    if not wanted or element is None:
        return None
    wanted = wanted.casefold()
    while element is not None and element is not container:
        text = collapse_space(text_of(element)).casefold()
        if text == wanted:
            inline = element.tag in PHRASING_TAGS
            return None if inline and _in_sentence(_outer_wrapper(element), text) else element
        if len(text) > len(wanted):
            return None
        element = element.getparent()
    return None


def _labels_above(
    container: HtmlElement, headline: HtmlElement, tuning: Tuning
) -> list[HtmlElement]:
    """Remove and return the elements before ``headline`` in ``container`` when all
    they hold is at most ``headline_label_max_chars`` with no sentence's end (a kicker,
    the section's name, a back link, a date line set above the headline), or when the
    story below the headline outweighs them (:func:`_story_below`: a side column's
    widgets or a fact box set above the story) and they hold no picture (a lead
    picture, its caption asked for). Nothing goes when text stands loose in a box
    around the headline (it is not set apart from it)."""
    before: list[HtmlElement] = []
    node = headline
    while node is not container:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return []
        before.extend(e for e in node.itersiblings(preceding=True) if e.tag.__class__ is str)
        node = parent
    text = " ".join(collapse_space(text_of(e) + " " + (e.tail or "")) for e in before).strip()
    if not text:
        return []
    label = len(text) <= tuning.headline_label_max_chars and not _BARE_STOP.search(text)
    if not label and (
        any(next(e.iter(*_PICTURES), None) is not None for e in before)
        or not _story_below(container, headline, len(text), tuning)
    ):
        return []  # a lead picture set above the headline, with its caption, stays
    for element in before:
        element.tail = None
        remove_element(element)
    return before


def _story_below(container: HtmlElement, headline: HtmlElement, above: int, tuning: Tuning) -> bool:
    """Whether the text after ``headline`` in ``container`` is the story, outweighing
    the ``above`` characters before it: ``headline_boxes_story_ratio`` times as long,
    with a paragraph of prose (``lead_inside_before_chars``) in it."""
    below = len(collapse_space(text_of(container))) - above - len(text_of(headline))
    if below < tuning.headline_boxes_story_ratio * above:
        return False
    least = tuning.lead_inside_before_chars
    return any(
        precedes(headline, paragraph) and len(text_of(paragraph).strip()) >= least
        for paragraph in container.iter("p")
    )


def _opening_block(container: HtmlElement) -> HtmlElement | None:
    """The first block of ``container`` holding text, when nothing precedes it."""
    for element in container.iter():
        if element is container or not isinstance(element.tag, str):
            continue
        if (element.text or "").strip():
            return element if element.tag in _HEADLINE_TAGS else element.getparent()
    return None


def _stands_alone(element: HtmlElement) -> bool:
    """True when an inline element forms a line of its own, not a piece of a sentence."""
    tail = element.tail
    following = element.getnext()
    if tail and tail.strip():
        return False
    if following is not None and not _is_break(following):
        return False
    return _opens_line(element)


def _opens_line(element: HtmlElement) -> bool:
    """True when no text stands before ``element`` in its line: it comes first in its
    parent, or right after a line break or a block."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        return parent is None or not (parent.text and parent.text.strip())
    return _is_break(previous) and not (previous.tail and previous.tail.strip())


def _outer_wrapper(element: HtmlElement) -> HtmlElement:
    """The outermost inline element ``element`` fills alone: "<a><b>Follow us</b></a> to
    stay ..." stands in the sentence as its link does, whatever its own siblings."""
    parent = element.getparent()
    while (
        parent is not None
        and parent.tag in PHRASING_TAGS
        and len(parent) == 1
        and not (element.tail and element.tail.strip())
        and not (parent.text and parent.text.strip())
    ):
        element, parent = parent, parent.getparent()
    return element


def _in_sentence(wrapper: HtmlElement, text: str) -> bool:
    """True when the words of ``wrapper`` run on in a sentence: the text right before
    them ends in a letter or a comma ("an international <a>support network</a>"), or the
    text right after goes on in lower case ("<a>Follow us</a> to stay ..."). A label
    set off by a colon, a dash or a full stop ("Read also: ...") is no part of it, nor
    a line after a date ("Published 07.06.2019 <a>Print</a>")."""
    following = wrapper.getnext()
    before = text_before(wrapper).rstrip()
    if before and (before[-1].isalpha() or before[-1] == ","):
        return True
    if text.endswith(_LABEL_ENDS):
        return False
    after = (wrapper.tail or "").strip()
    if not after and following is not None and following.tag in PHRASING_TAGS:
        after = text_of(following).lstrip()
    return bool(after) and after[0].islower()


def _is_card(link: HtmlElement) -> bool:
    """True when a link stands as a block of its own between blocks (a card set
    between the story's paragraphs), not as a line of a paragraph or a list."""
    parent = link.getparent()
    return parent is not None and parent.tag in _CARD_HOLDERS and _stands_alone(link)


def _is_break(element: HtmlElement) -> bool:
    return element.tag == "br" or element.tag in BLOCK_TAGS


def _introduction(
    element: HtmlElement, reason: str, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """A heading and a short line under it, right before ``element`` (a list of the
    site's other stories): a series box's title and blurb go with its list."""
    intro = previous_element(element)
    if intro is None or intro.tag not in _INTRO_TAGS or (element.tail or "").strip():
        return []
    if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in intro):
        return []
    text = collapse_space(text_of(intro))
    if not text or len(text) > tuning.list_intro_max_chars or (intro.tail or "").strip():
        return []
    heading = previous_element(intro)
    if heading is None or heading.tag not in SECTION_HEADINGS:
        return []
    title = collapse_space(text_of(heading))
    if not title or len(title) > tuning.list_heading_max_chars:
        return []
    return [(heading, f"{reason}-heading"), (intro, f"{reason}-intro")]


def _heading_before(element: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """The heading or label that introduces ``element`` (links), if it stands right
    before it: a heading, or a line of a few words that ends no sentence ("DON'T
    MISS", "More stories"; "Read our reports on the vote:" is a sentence)."""
    previous = previous_element(element)
    if previous is None or (element.tail or "").strip():
        return None
    text = collapse_space(text_of(previous))
    if not text or len(text) > tuning.list_heading_max_chars or names_price(text):
        return None  # a price is the product's line ("£21.99 at ..."), not a label
    if previous.tag in SECTION_HEADINGS:
        return previous
    if len(text.split()) <= LABEL_WORDS and not text.endswith((".", "!", "?", "。", '"', "”")):
        return previous
    return None
