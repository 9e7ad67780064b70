"""Blocks inside the body that are made of links: link lists, teasers for the site's
other stories, and short link-only paragraphs.

A story links out to its sources; a teaser links to the site's next story
(:class:`~.links.SiteLinks` tells them apart). So a short block that is mostly a link
to another story of the same site goes, whatever its length, and so does a list whose
items each begin with such a link (a headline, perhaps with its first sentence); a
link-only paragraph pointing to another site is a source and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..dom.tags import BLOCK_TAGS, HEADINGS
from ..dom.text import collapse_space, link_density, text_of, words_length, words_link_density
from ..dom.tree import is_below, next_element
from ..rules.builtin.lexicon.contacts import EMAIL_ADDRESS
from ..rules.builtin.lexicon.dates import DATE_LINE
from ..settings import Tuning
from .anchor_headings import opens_anchored_section
from .links import SiteLinks

HtmlElement = Any

LIST_TAGS = ("ul", "ol", "dl")
#: A price: a currency sign before the amount, or a currency after it.
_PRICE = re.compile(
    r"[$£€¥₹]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:€|eur|euro|usd|gbp|chf|zł|kč|kr)\b", re.I
)
#: An amount with its unit: an ingredient's "200 g", "2 EL", "1/2 cup" (not a file's
#: size: "PDF (123 KB)" beside a download link is no part of a story).
#: Case-sensitive: "5G" is a network, "2 el" Spanish words.
_QUANTITY = re.compile(
    r"\d(?:[.,/]\d+)?\s?(?:k?g|mg|ml|cl|dl|l|oz|lbs?|[Cc]ups?|[Tt]bsp|[Tt]sp|EL|TL|Btl|Pck|Stück)\b"
)
#: Blocks whose text is judged as one line (a paragraph, a heading, a lone label).
_LINES = frozenset(("p", "span", *HEADINGS))
#: How a label before a teaser's link ends.
_LABEL_ENDS = (":", "|", "»", ">", "-", "–", "—", "•")
#: An ellipsis closing a text, or followed by a few words only (a "Read more" link).
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)(?:\s*[\w'’]+){0,3}\W*$")
#: A line opening with a date ("April 3, 2024 -- Updated 14:53 GMT", "03.04.2024").
_DATED = re.compile(DATE_LINE, re.I)
#: Tags of a bold label opening a block.
_BOLD = frozenset(("strong", "b"))
#: Tags of italics holding a whole block.
_ITALIC = frozenset(("em", "i"))
#: Addresses of a link that reaches a person, not a page.
_CONTACT_SCHEMES = ("mailto:", "tel:", "callto:")
#: An e-mail address or a phone number written out.
_CONTACT_TEXT = re.compile(EMAIL_ADDRESS + r"|\+?\d[\d /().-]{5,}\d")
#: An address written out as a link's text.
_WRITTEN_URL = re.compile(r"(?:https?://|www\.)\S+$", re.I)
#: How many boxes around a lone list are looked through.
_WRAPPER_LEVELS = 3
#: Blocks that may hold a box's prose.
_PROSE_BLOCKS = ("p", "div")
#: How a sentence of prose ends (a colon: it introduces the links below).
_SENTENCE_ENDS = (".", "!", "?", ":", "。")
#: The ends of a sentence that says something (not a label's colon): a card's blurb.
_FULL_STOPS = (".", "!", "?")
#: What may close a sentence after its full stop: a bracket, a quotation mark.
_CLOSERS = ")]\"'”’»"
#: A sentence's full stop after a word (not a date's "03.04." nor a lone number's).
_SENTENCE_STOP = re.compile(r"[^\W\d]['\"”’»)]*[.!?]['\"”’»)]*(?:\s|$)")
#: The share of a box's text its loose prose makes up at least.
_LOOSE_PROSE_SHARE = 0.5
#: Containers whose children may each be a teaser.
_TEASER_LISTS = frozenset(("ul", "ol", "div", "section"))


def link_block_reason(
    element: HtmlElement, length: int, tuning: Tuning, links: SiteLinks, cards: bool = True
) -> str | None:
    """Why ``element`` (with ``length`` characters of text) is a block of links to
    remove, if it is one: "teaser-cards" for a list of teasers that needs its cards
    closed by a button to be one (:func:`_button_card`, not read without ``cards``),
    which goes only below the story (the caller knows where that is)."""
    tag = element.tag
    density = link_density(element, length)
    if density == 0:
        return None
    if tag in _TEASER_LISTS:
        listed = _teaser_list(element, length, tuning, links, cards)
        if listed is not None:
            return listed
    if length >= tuning.prune_max_chars:
        return None  # no other link rule removes a block this long
    if (tag in _LINES or (tag == "div" and not _holds_blocks(element))) and _teaser(
        element, length, density, tuning, links
    ):
        return "teaser-link"
    if tag == "p":
        short = density > tuning.link_paragraph_density and length < tuning.link_paragraph_chars
        if short and not sources_only(element, links) and not _contacts_only(element):
            return "link-paragraph"
        return None
    if tag in HEADINGS:
        if (
            density <= tuning.link_heading_density
            or _opens_section(element, tuning, links)
            or opens_anchored_section(element, tuning)
        ):
            return None
        return "link-heading"
    if tag == "span":
        return None
    if density > tuning.link_list_density or (
        density > tuning.list_link_density and tag in LIST_TAGS and length < tuning.list_max_chars
    ):
        listed = _the_list(element)
        if (
            few_words_linked(element, length, tuning)
            or _offer(element, length, tuning)
            or _measured(element, length, tuning)
            or _cited_sentences(listed, tuning)
            or _prose_item(listed, tuning)
            or _under_prose_item(listed, tuning)
            or _references(listed, links)
            or _holds_prose(element, tuning, links)
        ):
            return None
        return "link-list"
    return None


def _opens_section(heading: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """True when the linked ``heading`` opens a section of prose: the next block holding
    text (an emptied player's box passed over) is a paragraph of a sentence or more with
    few links, not opening with a date, and the heading links (its own anchors aside) to
    one address at most, neither another page of the site nor a file. A round-up names
    each product or source in a heading linking to it, a manual each section in a
    heading linking to its own anchor; a teaser's headline links to the site's own page
    (its excerpt dated), a download to its file."""
    block = next_element(heading)
    for _skipped in range(_WRAPPER_LEVELS):
        if block is None or words_length(block):
            break
        block = next_element(block)
    if block is None or block.tag != "p":
        return False
    text = collapse_space(text_of(block))
    if (
        len(text) < tuning.link_box_prose_chars
        or not text.rstrip(_CLOSERS).endswith(_FULL_STOPS)
        or _DATED.match(text)  # a teaser's excerpt opens with its story's date
        or link_density(block, len(text)) >= tuning.sibling_paragraph_density
    ):
        return False
    hrefs = {href for a in heading.iter("a") if (href := (a.get("href") or "").strip())[:1] != "#"}
    if len(hrefs) > 1:
        return False  # "[english] [spanish]": a row of links, not a title
    return not any(links.is_other_page(href) or links.is_file(href) for href in hrefs)


def few_words_linked(element: HtmlElement, words: int, tuning: Tuning) -> bool:
    """True when ``element`` (``words``: its text's length, whitespace collapsed),
    longer than a teaser card, has less than ``list_words_link_density`` of its words
    in links once whitespace is collapsed on both sides: markup indented inside its
    links (a list of topic links, each name between icon spans on lines of their own)
    made a story's paragraphs beside them read as a link list. The body chooser reads
    a box the same way."""
    return (
        words > tuning.teaser_max_chars
        and words_link_density(element, words) < tuning.list_words_link_density
    )


def _the_list(element: HtmlElement) -> HtmlElement:
    """The list ``element`` is, or wraps alone (a box around one list, perhaps with its
    heading)."""
    inner = element
    for _ in range(_WRAPPER_LEVELS):
        if inner.tag in LIST_TAGS:
            return inner
        items = [item for item in _items(inner) if item.tag not in HEADINGS]
        if len(items) != 1:
            break
        inner = items[0]
    return inner if inner.tag in LIST_TAGS else element


def _references(element: HtmlElement, links: SiteLinks) -> bool:
    """True when every item of the list ``element`` (two at least) is a reference: its
    links written out as addresses ("https://example.org/guide"), or a title linking
    to another site with a full stop after the link ("<a>Title</a>. Chapter in ...").
    A post's list of sources, not a menu or a rail, which show names and headlines."""
    if element.tag not in LIST_TAGS:
        return False
    items = _items(element)
    return len(items) >= 2 and all(_reference(item, links) for item in items)


def _reference(item: HtmlElement, links: SiteLinks) -> bool:
    """True when the list item ``item`` is one reference (see :func:`_references`)."""
    anchors = [collapse_space(text_of(link)) for link in item.iter("a")]
    if not anchors or not all(anchors):
        return False
    if all(_WRITTEN_URL.match(anchor) for anchor in anchors):
        return True
    text = collapse_space(text_of(item))
    after = text[text.rfind(anchors[-1]) + len(anchors[-1]) :]
    return after.endswith(".") and not after.endswith("..") and sources_only(item, links)


def _holds_prose(element: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """True when the box ``element`` (not a list) holds one block of prose without a
    link, outside a list, with a list of links after it that leads mostly away from the
    site's stories: a sentence introducing the sources below it ("Further details are
    on the agency's pages:"). That block is the story's; the box is left whole here and
    its lists and headings are judged each on their own. A rail of teasers holds an
    excerpt per card (or its cards are list items), a promo's blurb introduces the
    site's stories: they still go."""
    if element.tag in LIST_TAGS:
        return False
    prose = None
    for block in element.iter(*_PROSE_BLOCKS, *LIST_TAGS):
        if block.tag in LIST_TAGS:
            if prose is not None:
                return _leads_away(block, links)
            continue
        if _holds_blocks(block) or next(block.iter("a"), None) is not None:
            continue
        text = collapse_space(text_of(block))
        if (
            len(text) >= tuning.link_box_prose_chars
            and text.endswith(_SENTENCE_ENDS)
            and len(text.split()) >= tuning.link_box_prose_words
        ):
            if prose is not None or _in_list(block, element):
                return False
            prose = block
    return False


def _leads_away(element: HtmlElement, links: SiteLinks) -> bool:
    """True when most links of ``element`` lead elsewhere than the site's stories."""
    hrefs = [a.get("href") or "" for a in element.iter("a")]
    return sum(1 for href in hrefs if links.is_story(href)) * 2 < len(hrefs)


def _in_list(block: HtmlElement, box: HtmlElement) -> bool:
    """True when ``block`` sits in a list item inside ``box``."""
    for ancestor in block.iterancestors():
        if ancestor is box:
            return False
        if ancestor.tag == "li":
            return True
    return False


def _contacts_only(element: HtmlElement) -> bool:
    """True when every link of ``element`` is an e-mail address or a phone number
    (``mailto:``, ``tel:``) and the text gives one: a press release's contact line, not
    links to other pages. A prompt worded around such a link ("Email the author",
    "Contact us") still goes; so does a list or box of them (an author's or the site's
    contact box): only a paragraph is spared so."""
    hrefs = [(a.get("href") or "").strip().lower() for a in element.iter("a")]
    return (
        bool(hrefs)
        and all(href.startswith(_CONTACT_SCHEMES) for href in hrefs)
        and _CONTACT_TEXT.search(text_of(element)) is not None
    )


def _cited_sentences(element: HtmlElement, tuning: Tuning) -> bool:
    """True when most items of the list ``element`` (two at least) are sentences that
    link a few of their words ("Ana <a>fixed the login bug</a> last week"): the story's
    own bullet points citing their sources, not a menu or a rail, whose items are links
    with at most a label or a headline's excerpt. A list of one such item, a line
    without blocks (a card holds a heading and a blurb), is one too."""
    items = _items(element)
    if not items or (len(items) == 1 and element.tag not in LIST_TAGS):
        return False
    if len(items) == 1:  # a lone bullet of one line is a sentence linking its words
        return not _holds_blocks(items[0]) and _cites(items[0], tuning)
    cited = sum(1 for item in items if _cites(item, tuning))
    return cited >= 2 and cited >= tuning.cited_list_share * len(items)


def _prose_item(element: HtmlElement, tuning: Tuning) -> bool:
    """True when an item of the list ``element`` is a sentence or more of prose with no
    link at all: a status report's bullet ("The team will mentor a new group of
    students."), beside items of links it introduces. A menu's or a rail's items each
    link somewhere. The lists inside it are judged on their own."""
    if element.tag not in LIST_TAGS:
        return False
    for item in _items(element):
        if next(item.iter("a"), None) is not None:
            continue
        text = collapse_space(text_of(item))
        if (
            len(text) >= tuning.link_box_prose_chars
            and text.endswith(_FULL_STOPS)
            and len(text.split()) >= tuning.link_box_prose_words
        ):
            return True
    return False


def _under_prose_item(element: HtmlElement, tuning: Tuning) -> bool:
    """True when the list ``element`` hangs under a list item written as prose: the
    sub-bullets of the story's own bullet point ("Jo has new views up for the
    dashboard", then a link to each view). Its own words outside links and the nested
    list are at least ``cited_item_min_chars`` long, ``cited_item_words`` of them; a
    menu's sub-list hangs under a link or a label of a word or two."""
    item = element.getparent()
    if element.tag not in LIST_TAGS or item is None or item.tag != "li":
        return False
    parts = [item.text or ""]
    for child in item:
        if isinstance(child.tag, str) and child.tag not in LIST_TAGS and child.tag != "a":
            parts.append(text_of(child))
        parts.append(child.tail or "")
    text = collapse_space("".join(parts))
    return len(text) >= tuning.cited_item_min_chars and len(text.split()) >= tuning.cited_item_words


def _cites(item: HtmlElement, tuning: Tuning) -> bool:
    """True when ``item`` is a sentence with a link inside it: words of its own around
    the link, in lower case where they meet it, or a full stop of its own closing the
    sentence the link ends ("Want to swap an ingredient? <a>Here is how</a>."): a
    headline ends its block without one."""
    text = collapse_space(text_of(item))
    anchors = [collapse_space(text_of(link)) for link in item.iter("a")]
    if not anchors or len(text) < tuning.cited_item_min_chars:
        return False
    rest = text
    for anchor in anchors:
        rest = rest.replace(anchor, " ", 1) if anchor else rest
    if len(rest.split()) < tuning.cited_item_words:
        return False
    for anchor in anchors:
        start = text.find(anchor) if anchor else -1
        if start < 0:
            continue
        before = text[:start].rstrip()
        after = text[start + len(anchor) :]
        if _continues_sentence(after) or before[-1:].islower() or after.strip() in _FULL_STOPS:
            return True
    return False


def _items(element: HtmlElement) -> list[HtmlElement]:
    """The children of ``element`` holding text: its list's items (a spacer or an
    emptied ad slot between them is no item)."""
    return [child for child in element if isinstance(child.tag, str) and text_of(child).strip()]


def names_price(text: str) -> bool:
    """True when ``text`` names a price: a product's line, never a label for links."""
    return _PRICE.search(text) is not None


def _offer(element: HtmlElement, length: int, tuning: Tuning) -> bool:
    """A short box naming a price: a product the story recommends (a shopping round-up's
    item, with its "Buy at <store>" links), not a list of links away from it."""
    return length <= tuning.list_max_chars and names_price(text_of(element))


def _measured(element: HtmlElement, length: int, tuning: Tuning) -> bool:
    """A short line naming an amount with its unit, with words of its own beside its
    links: a recipe's ingredient whose product or brand is linked ("3 sachets gelatine,
    <a>e.g. Brand gelatine (15 g)</a>", "1/2 cup <a>almond butter</a> (see notes)"). A
    menu or a rail names no amounts; a line that is all links still goes."""
    if length > tuning.list_max_chars:
        return False
    text = text_of(element)
    if _QUANTITY.search(text) is None:
        return False
    for link in element.iter("a"):
        text = text.replace(text_of(link), " ", 1)
    return any(character.isalnum() for character in text)


def _teaser(
    element: HtmlElement, length: int, density: float, tuning: Tuning, links: SiteLinks
) -> bool:
    """A short block that is mostly a link to another story of the site, with at most a
    label before it ("SEE MORE:", "RELATED"): words of a sentence before the link make
    it a sentence that links. A block set wholly in italics may give more words to its
    label, when the headline closes it ("<em>The general who led the fleet: <a>Russia is
    a threat</a></em>"): the site's pointer, styled apart from the story's prose."""
    if length > tuning.teaser_max_chars:
        return False
    italic = density < tuning.teaser_link_share
    if italic and not _set_in_italics(element):
        return False
    text = collapse_space(text_of(element))
    for headline in _story_headlines(element, tuning, links):
        start = max(text.find(headline), 0)
        after = text[start + len(headline) :]
        if _continues_sentence(after) or (italic and after.strip()):
            continue  # "<a>Jo Doe</a> has been eliminated from ...": a sentence that links
        before = text[:start].strip()
        if (
            not before
            or before.endswith(_LABEL_ENDS)
            or before.isupper()
            or _bold_label(element, before)
        ):
            return True
    return False


def _continues_sentence(after: str) -> bool:
    """True when the text after a link goes on in lower case: the link is a sentence's
    subject or object, not a teaser's headline (which ends its block, or is followed by
    a date, a label or an excerpt of its own)."""
    after = after.lstrip(" ,")
    return bool(after) and after[0].islower()


def _set_in_italics(element: HtmlElement) -> bool:
    """True when ``element``'s text is all in the one italic element it holds."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (
        len(children) == 1
        and children[0].tag in _ITALIC
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def _bold_label(element: HtmlElement, before: str) -> bool:
    """True when ``before`` is a bold label opening ``element`` ("<b>Related</b><br>"):
    a box's title, however worded, in a script without capitals or a label without a
    colon."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return (
        first is not None
        and first.tag in _BOLD
        and not (element.text or "").strip()
        and collapse_space(text_of(first)) == before
    )


def teaser_card(link: HtmlElement, length: int, tuning: Tuning, links: SiteLinks) -> bool:
    """A link standing between the story's blocks, with ``length`` characters of text,
    that is a teaser: a headline of another story of the site, perhaps after a label
    ("Also on ...", "READ MORE")."""
    return _teaser(link, length, 1.0, tuning, links)


def _teaser_list(
    element: HtmlElement, length: int, tuning: Tuning, links: SiteLinks, cards: bool
) -> str | None:
    """A list whose items (most of them, two at least) each begin with a headline
    linking to another story of the site. A long one must also show its excerpts cut
    short ("…") or each item dated below its headline (a rail's cards tell when each
    story came out): a long list of full summaries may be the article (a round-up)."""
    items = _items(element)
    if len(items) < 2:
        return None
    needed = max(2, tuning.teaser_list_share * len(items))
    teasers: list[HtmlElement] = []
    buttons: set[str] = set()  # where the cards' buttons lead
    for position, item in enumerate(items):
        if len(teasers) + len(items) - position < needed:
            return None  # the items left cannot make the share
        if _begins_with_story(item, tuning, links):
            teasers.append(item)
            continue
        button = _button_card(item, tuning, links) if cards else None
        if button is not None:
            teasers.append(item)
            buttons.add(button)
    if (
        len(teasers) < needed
        or _one_story(teasers, links, buttons)
        or _loose_prose(element, length, tuning)
    ):
        return None
    reason = "teaser-cards" if buttons else "teaser-list"
    if length < tuning.prune_max_chars:
        return reason
    marked = sum(
        1 for item in teasers if cut_short(collapse_space(text_of(item))) or _dated(item, tuning)
    )
    return reason if marked >= tuning.teaser_list_share * len(teasers) else None


def _loose_prose(element: HtmlElement, length: int, tuning: Tuning) -> bool:
    """True when ``element``'s own text, outside its children (a box's text run around
    its links: "The studio <a>Name</a> won again this year. <br><a>See more</a>"),
    is prose ending a sentence and half its ``length`` at least: its links are the
    sentence's, not a list's items (a rail's loose text is separators or dates, "2
    hours ago", "03.04.2024", beside longer headlines)."""
    loose = collapse_space(" ".join([element.text or "", *(child.tail or "" for child in element)]))
    return (
        len(loose) >= max(tuning.link_box_prose_chars, length * _LOOSE_PROSE_SHARE)
        and len(loose.split()) >= tuning.link_box_prose_words
        and _SENTENCE_STOP.search(loose) is not None
    )


def _begins_with_story(item: HtmlElement, tuning: Tuning, links: SiteLinks) -> bool:
    """A teaser item: a headline linking to another story of the site, opening the item
    or making up a good part of its text (a short blurb around the link). A longer item
    opening with the headline is one when its excerpt is cut short or it is dated."""
    text = ""
    for headline in _story_headlines(item, tuning, links):
        text = text or collapse_space(text_of(item))
        if len(text) > tuning.teaser_max_chars:
            return (
                len(text) <= tuning.teaser_excerpt_max_chars
                and text.startswith(headline)
                and (cut_short(text) or _dated(item, tuning))
            )
        if text.startswith(headline) or len(headline) >= tuning.teaser_item_link_share * len(text):
            return True
    return False


def _dated(item: HtmlElement, tuning: Tuning) -> bool:
    """True when an element of ``item`` outside its links is a short line opening with a
    date: the date a teaser's story came out, shown under its headline. A round-up's
    entries are the article's own text and carry no such line each."""
    for element in item.iterdescendants():
        if not isinstance(element.tag, str) or element.tag == "a" or len(element):
            continue  # the innermost elements: a date line is one
        text = collapse_space(text_of(element))
        if len(text) <= tuning.teaser_date_max_chars and _DATED.match(text):
            return True
    return False


def _one_story(items: list[HtmlElement], links: SiteLinks, buttons: set[str]) -> bool:
    """True when ``items`` all link to one story (with the pages the cards' ``buttons``
    lead to): a single card (its headline, then a "Link to the article"), not a list of
    teasers."""
    stories = buttons | {
        href
        for item in items
        for link in item.iter("a")
        if (href := (link.get("href") or "").strip()) and links.is_story(href)
    }
    return len(stories) < 2


def _button_card(item: HtmlElement, tuning: Tuning, links: SiteLinks) -> str | None:
    """Where ``item`` leads when it is a teaser card closed by a button: a title line of
    its own (no sentence's end), a blurb without links ending a sentence, then a link to
    another page of the site as its last text ("Mehr erfahren", the page's short name),
    all within ``teaser_max_chars`` (a picture's link, without text, may stand anywhere).
    A story's item whose sentence merely links goes on after the link or has no title of
    its own."""
    if words_length(item) > tuning.teaser_max_chars:
        return None  # counted in C: most items of a box read are the story's blocks
    text = collapse_space(text_of(item))
    anchors = list(item.iter("a"))
    if not anchors:
        return None
    button = anchors[-1]
    label = collapse_space(text_of(button))
    href = (button.get("href") or "").strip()
    if not label or not text.endswith(label) or not links.is_other_page(href):
        return None
    title = _title_line(item)
    if title is None or button in title.iter("a"):
        return None
    if any(a is not button and text_of(a).strip() and not is_below(a, title) for a in anchors):
        return None  # a blurb of links is a list's row ("09. <a>Song</a> 10. <a>...")
    line = collapse_space(text_of(title))
    blurb = text[len(line) : len(text) - len(label)].strip()
    if not text.startswith(line) or not blurb.endswith(_FULL_STOPS):
        return None
    return href


def _title_line(item: HtmlElement) -> HtmlElement | None:
    """The element holding the first text of ``item`` whole, when that text is a title
    line: short of a sentence's end, in a heading or a block of its own."""
    for element in item.iter():
        if not isinstance(element.tag, str) or not (element.text or "").strip():
            continue
        while element.tag not in BLOCK_TAGS and element is not item:
            element = element.getparent()  # a title's <strong> or <span>: its block
        if element is item:
            return None
        line = collapse_space(text_of(element))
        return None if line.endswith(_SENTENCE_ENDS) else element
    return None


def cut_short(text: str) -> bool:
    """True when ``text`` ends in an ellipsis, perhaps before a link's few words ("...
    Read more"): an excerpt, not the whole of what it says."""
    return _CUT_SHORT.search(text) is not None


def _story_headlines(element: HtmlElement, tuning: Tuning, links: SiteLinks) -> Iterator[str]:
    """The text of each link in ``element`` that reads as a headline (a few words at
    least) and leads to another story of the site, in document order."""
    for link in element.iter("a"):
        headline = collapse_space(text_of(link))
        if len(headline.split()) < tuning.teaser_headline_words:
            continue  # looked at first: judging the address costs more
        if links.is_story(link.get("href") or ""):
            yield headline


def sources_only(element: HtmlElement, links: SiteLinks) -> bool:
    """True when every link of ``element`` leads to another site (a source, kept)."""
    found = [links.on_site(a.get("href") or "") for a in element.iter("a")]
    return bool(found) and all(on_site is False for on_site in found)


def _holds_blocks(element: HtmlElement) -> bool:
    return any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element)


def label_holder(element: HtmlElement, container: HtmlElement, tuning: Tuning) -> HtmlElement:
    """The outermost ancestor of a removed list, inside ``container``, that holds little
    besides it (a "Breaking News" label, a wrapper): it goes with the list. A product
    box naming a price is not such a wrapper: only its links go."""
    holder = element
    own = len(text_of(element))
    for ancestor in element.iterancestors():
        if ancestor is container:
            break
        text = text_of(ancestor)
        if len(text) - own > tuning.list_heading_max_chars or names_price(text):
            break
        holder = ancestor
    return holder


#: What a teaser's card is built of around its headline.
_CARD_BOXES = frozenset(("div", "section", "article", "aside", "figure", "li"))


def teaser_box(
    teaser: HtmlElement, container: HtmlElement, tuning: Tuning, links: SiteLinks
) -> HtmlElement:
    """The outermost box around ``teaser`` (a headline linking to another story of the
    site), inside ``container``, that is its card: at most ``teaser_box_max_chars`` of
    text, and every link in it (two at least: the picture's, a "more" after the blurb)
    leading to that one story; a control's link leading nowhere (a close or play
    button's "#") does not count. The card's kicker and blurb go with its headline; a
    box with any other link, or longer, holds more than the card. A card among cards
    made alike (a round-up's entries) is left to the list rules."""
    box = teaser
    targets = {address_of(a) for a in teaser.iter("a")}
    if len(targets) != 1 or not links.is_story(next(iter(targets))):
        return teaser
    for ancestor in teaser.iterancestors():
        if ancestor is container or ancestor.tag not in _CARD_BOXES:
            break
        anchors = [address for a in ancestor.iter("a") if not _control(address := address_of(a))]
        if set(anchors) != targets or words_length(ancestor) > tuning.teaser_box_max_chars:
            break
        if len(anchors) >= 2:
            box = ancestor
    if box is not teaser and made_alike(box):
        return teaser
    return box


def _control(address: str) -> bool:
    """True for a link leading nowhere, a control's ("#", a script, none): a card's close
    or play button, which makes it hold no other story."""
    return address in ("", "#") or address[:11].lower() == "javascript:"


def address_of(link: HtmlElement) -> str:
    """Where ``link`` leads, as its ``href`` gives it (trimmed; empty when it has none)."""
    return (link.get("href") or "").strip()


def made_alike(box: HtmlElement) -> bool:
    """True when a sibling of ``box`` is made like it (:func:`same_make`): one of a list
    of cards."""
    previous = box.getprevious()
    if previous is not None and same_make(previous, box):
        return True
    following = box.getnext()
    return following is not None and same_make(following, box)


def same_make(one: HtmlElement, other: HtmlElement) -> bool:
    """True when ``one`` and ``other`` have the same tag and class: boxes made alike."""
    return bool(one.tag == other.tag and one.get("class") == other.get("class"))
