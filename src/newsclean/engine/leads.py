"""Standfirsts: the summary paragraph set between the headline and the body."""

from __future__ import annotations

from typing import Any

from ..dom.page_tags import PageTags
from ..dom.tags import BLOCK_TAGS, HEADINGS
from ..dom.text import collapse_space, link_density, text_of
from ..dom.tree import is_attached, precedes
from ..rules.builtin.credit_captions import between_picture_and_credit
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from .scoring import SENTENCE_ENDS

HtmlElement = Any

#: Stands in for a rule on paragraphs found between the headline and the body.
HEADLINE_GAP = Rule(
    "headline-gap", Tags("p"), Effect.LEAD, description="Prose between the headline and the body."
)
#: Stands in for a rule on paragraphs under the headline in an article's own header.
HEADER_STANDFIRST = Rule(
    "header-standfirst",
    Tags("p"),
    Effect.LEAD,
    description="Prose after the headline in the <header> of the <article> or <main> "
    "holding the body.",
)
#: Stands in for a rule on the page's description printed under the headline in the body.
DESCRIBED_STANDFIRST = Rule(
    "described-standfirst",
    Tags("p h2 h3"),
    Effect.LEAD,
    description="The page's own description (its meta summary) printed word for word "
    "after the headline, in a box with it that holds none of the story's prose: the "
    "standfirst, inside the body chosen.",
)
#: Stands in for a rule on prose set where a standfirst goes but too long for one.
OPENING_PROSE = Rule(
    "opening-prose",
    Tags("p div h2"),
    Effect.BODY,
    description="Prose set where a standfirst goes (a marked summary, or between the "
    "headline and the body) but longer than any standfirst: the story's opening "
    "paragraph, joined to the body before it. So is a box there of several lines, most "
    "ending no sentence (a description made of selling points): the page's own text.",
)
#: Stands in for a rule on what was found with the standfirst but reads as none.
STANDFIRST_EXTRAS = Rule(
    "standfirst-extras",
    Tags("p div h2 h3"),
    Effect.DROP,
    description="A block found with the standfirst that ends no sentence (a byline, a "
    "reading time, a picture's caption and credit, a pointer to a series) beside one "
    "that does: the summary is the prose, not the lines set around it.",
)
#: What such a standfirst is set in.
_DESCRIBED_TAGS = ("p", "h2", "h3")
#: The rules standing for prose found by its place (looked for past wrappers).
_FOUND = (HEADLINE_GAP, HEADER_STANDFIRST)
#: What holds a picture's caption: never a standfirst.
_PICTURE_HOLDERS = frozenset(("figure", "figcaption"))
#: A picture, whose caption may follow it.
_PICTURES = frozenset(("img", "picture"))
#: What a story's own header belongs to (a <header> elsewhere is the page's).
_HEADED = frozenset(("article", "main"))


def leads_before(
    containers: list[HtmlElement],
    decisions: Decisions,
    root: HtmlElement,
    tags: PageTags,
    tuning: Tuning,
    description: str | None = None,
    title: str | None = None,
) -> list[tuple[HtmlElement, Rule]]:
    """Standfirsts just above the first body container, in document order, each with
    the rule that marked it (``HEADLINE_GAP`` for prose found between headline and body).

    Those are LEAD-marked elements near the container or opening it (before its first
    paragraph of prose), and prose paragraphs standing between the page's headline
    and the container. One of them outside the body that is longer than any
    standfirst, ending a sentence with few links (prose, not a script's text), is the
    story's opening instead (``OPENING_PROSE``): the body's, not the summary's.
    """
    if not containers:
        return []
    first = containers[0]
    _end_heading(first)
    headline = _headline_for(first, root, tags)
    candidates = list(decisions.lead)
    gap = _between_headline_and(first, tuning, title)
    story = _story_above(gap, tuning)
    candidates.extend((p, HEADLINE_GAP) for p in gap)
    candidates.extend((p, HEADER_STANDFIRST) for p in _in_own_header(first, tuning))
    if description and headline is not None:
        described = _described(first, headline, description, tuning)
        if described is not None:
            candidates.append((described, DESCRIBED_STANDFIRST))
    if not candidates:
        return []
    # a marked lead sits within ``lead_reach`` levels; prose found after the headline
    # or in the story's header was looked for past wrappers too
    wide = [a for a in _within_reach(first, tuning) if a.tag not in ("body", "html")]
    plain = wide[: tuning.lead_reach]
    inside = set(containers)
    prose = _prose_paragraphs(first, tuning)
    leads: list[HtmlElement] = []
    marked_by: dict[HtmlElement, Rule] = {}
    for element, rule in candidates:
        if element in leads or not is_attached(element, root):
            continue
        ancestors = set(element.iterancestors())
        if element.tag in _PICTURE_HOLDERS or any(a.tag in _PICTURE_HOLDERS for a in ancestors):
            continue  # a caption (kept with the pictures' text), not the summary
        if rule in _FOUND and between_picture_and_credit(element):
            continue  # prose found by its place under a picture, over its credit: a caption
        if first in ancestors:  # inside the body: a marked standfirst opening it
            if rule is HEADLINE_GAP or (
                rule is not DESCRIBED_STANDFIRST and not _opens(element, prose, rule, tuning)
            ):
                continue
        elif (
            inside & ancestors
            or element in inside
            or not _near(ancestors, wide if rule in _FOUND else plain, rule)
            or not precedes(element, first)
        ):
            continue
        if (
            rule is not HEADER_STANDFIRST
            and headline is not None
            and not precedes(headline, element)
        ):
            continue  # a standfirst follows the headline; what precedes it is a teaser
        text = text_of(element).strip()
        if any(lead in ancestors for lead in leads):
            continue
        if first not in ancestors and _lines_box(element, tuning):
            leads.append(element)  # a box of lines, not a summary: the page's own text
            marked_by[element] = OPENING_PROSE
            continue
        if element in story or (_too_long(element, text, tuning) and first not in ancestors):
            if element in story or _reads_as_prose(element, text, tuning):
                leads.append(element)  # too long for a summary, or one of many: the story's
                marked_by[element] = OPENING_PROSE
            continue
        if not tuning.lead_min_chars <= len(text) <= tuning.lead_max_chars:
            continue
        if link_density(element, len(text)) > tuning.lead_link_density:
            continue
        leads.append(element)
        marked_by[element] = rule
    if len(leads) > 1:
        order = {el: i for i, el in enumerate(first.getroottree().getroot().iter())}
        leads.sort(key=lambda el: order.get(el, 0))
        _opening_run(leads, marked_by, first, tuning)
        _extras(leads, marked_by, tuning)
    return [(element, marked_by[element]) for element in leads]


def _opening_run(
    leads: list[HtmlElement],
    marked_by: dict[HtmlElement, Rule],
    first: HtmlElement,
    tuning: Tuning,
) -> None:
    """Mark as ``OPENING_PROSE`` the standfirsts above the body when there are several,
    all prose, together longer than any standfirst: a summary is one short block, and
    paragraphs adding up past it are the story's first paragraphs, set apart from the
    rest of its body (a first section in a box of its own)."""
    above = [
        element
        for element in leads
        if marked_by[element] is not OPENING_PROSE and first not in element.iterancestors()
    ]
    if len(above) < 2:
        return
    texts = [text_of(element).strip() for element in above]
    if sum(map(len, texts)) <= tuning.lead_max_chars:
        return
    if all(_reads_as_prose(el, text, tuning) for el, text in zip(above, texts, strict=True)):
        for element in above:
            marked_by[element] = OPENING_PROSE


def _extras(leads: list[HtmlElement], marked_by: dict[HtmlElement, Rule], tuning: Tuning) -> None:
    """Mark as ``STANDFIRST_EXTRAS`` the short standfirsts that end no sentence when
    another does: a summary is written in sentences, and a line beside it that is none
    is the page's (a byline with a reading time, a caption with its credit). A longer
    block may be prose ending otherwise (an emoji, a colon) and stays."""
    summary = [element for element in leads if marked_by[element] is not OPENING_PROSE]
    texts = {element: text_of(element).strip() for element in summary}
    lines = [el for el, text in texts.items() if not _reads_as_prose(el, text, tuning)]
    if len(lines) < len(summary):  # a summary in sentences is among them
        for element in lines:
            if len(texts[element]) <= tuning.lead_extra_max_chars:
                marked_by[element] = STANDFIRST_EXTRAS


def _near(ancestors: set[HtmlElement], near: list[HtmlElement], rule: Rule) -> bool:
    """Whether an element with these ancestors lies under one of ``near`` (the body's
    ancestors within reach). Prose found by its place, above a body set straight under
    ``<body>`` (no ancestor to share), was found within reach already: the headline's
    holder is the page's ``<body>``."""
    if not near and rule in _FOUND:
        return True
    return any(a in ancestors for a in near)


def _within_reach(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The ancestors of ``container`` up to ``lead_reach`` levels above it, where a box
    holding nothing but the one below (its only child element) counts no level: page
    builders wrap a story in a stack of such boxes, which puts its header no farther
    from it."""
    found = []
    levels = 0
    for ancestor in container.iterancestors():
        found.append(ancestor)
        if sum(1 for child in ancestor if isinstance(child.tag, str)) > 1:
            levels += 1
            if levels >= tuning.lead_reach:
                break
    return found


def _prose_paragraphs(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The body's paragraphs of prose: a standfirst inside the body comes before them."""
    least = tuning.lead_inside_before_chars
    return [p for p in container.iter("p") if len(text_of(p).strip()) >= least]


def _opens(element: HtmlElement, prose: list[HtmlElement], rule: Rule, tuning: Tuning) -> bool:
    """True when ``element`` stands before the body's first paragraph of prose. Named as
    a standfirst (a strong rule), it may itself be long or wrap its paragraph; marked
    only as a "lead" or "intro", it must be shorter than a paragraph of prose."""
    if not rule.strong and len(text_of(element).strip()) >= tuning.lead_inside_before_chars:
        return False
    for paragraph in prose:
        if paragraph is element or element in paragraph.iterancestors():
            continue
        return precedes(element, paragraph)
    return False  # the body's prose is all inside it: it is the body


def _described(
    container: HtmlElement, headline: HtmlElement, description: str, tuning: Tuning
) -> HtmlElement | None:
    """The block of ``container`` before its first paragraph of prose whose text is the
    page's ``description``, after the ``headline`` and in a box with it that holds
    none of the story's prose (the story's header). A first paragraph the description
    copies shares its box with the paragraphs after it, and stays."""
    wanted = collapse_space(description)
    if len(wanted) < tuning.lead_min_chars:
        return None
    least = tuning.lead_inside_before_chars
    found = None
    # from the headline on when it is inside the container, else from the start
    started = container not in set(headline.iterancestors())
    for element in container.iter():
        if not started:
            started = element is headline
            continue
        if element.tag not in _DESCRIBED_TAGS and not _bare_div(element):
            continue
        text = collapse_space(text_of(element))
        if found is None:
            if text == wanted or (wanted[-1].isalnum() and text.startswith(wanted)):
                found = element  # the description word for word, or cut short
            elif element.tag != "div" and len(text) >= least:
                return None  # the story's prose came first
        elif element.tag == "p" and len(text) >= least:
            # a box of text set apart from the paragraphs (no <p> of its own) is the dek
            # wherever it stands; a paragraph, only in the story's header
            return found if found.tag == "div" or _shares_header(headline, found, element) else None
    return None


def _bare_div(element: HtmlElement) -> bool:
    """True for a ``<div>`` holding text and no block: text set as a box of its own."""
    return element.tag == "div" and not any(child.tag in BLOCK_TAGS for child in element)


def _shares_header(headline: HtmlElement, element: HtmlElement, prose: HtmlElement) -> bool:
    """Whether ``element`` follows ``headline`` in a box holding both but not ``prose``."""
    if not precedes(headline, element):
        return False
    above = set(headline.iterancestors())
    box = next((a for a in element.iterancestors() if a in above), None)
    return box is not None and box not in set(prose.iterancestors())


def _headline_for(container: HtmlElement, root: HtmlElement, tags: PageTags) -> HtmlElement | None:
    """The page's first h1 when it stands before or inside ``container``."""
    body = root.find("body")
    h1 = next(tags.headlines_in(body if body is not None else root), None)
    if h1 is None:
        return None
    if container in set(h1.iterancestors()) or precedes(h1, container):
        return h1
    return None


def _between_headline_and(
    container: HtmlElement, tuning: Tuning, title: str | None = None
) -> list[HtmlElement]:
    """Prose paragraphs (or divs set as paragraphs) after the nearest preceding h1 and
    before ``container``: one only when the h1's holder is farther than ``lead_reach``
    levels (reached past wrappers), where several are the page's (an abstract and its
    paywall notice, the authors' notes), not a standfirst. With no h1 near (the page's
    is a hidden site title, or there is none), an h2 reading as the page's ``title``
    is the headline."""
    for level, holder in enumerate(_within_reach(container, tuning)):
        h1 = next(holder.iter("h1"), None)
        if h1 is None:
            h1 = _titled_h2(holder, container, title)
        if h1 is None:
            continue
        if container in set(h1.iterancestors()):
            if _subhead(h1, container, tuning):
                continue  # the body's sections are headed with h1s: its headline is above
            return []
        if not precedes(h1, container):
            return []
        found = []
        started = False
        for element in holder.iter():
            if element is h1:
                started = True
                continue
            if element is container:
                break
            if (
                started
                and (element.tag in ("p", "h2") or _text_div(element, tuning))
                and len(text_of(element).strip()) >= tuning.headline_gap_chars
                and not _after_picture(element)
            ):
                found.append(element)
        if level >= tuning.lead_reach and len(found) > 1:
            return []
        return found
    return []


def _titled_h2(
    holder: HtmlElement, container: HtmlElement, title: str | None
) -> HtmlElement | None:
    """The first h2 in ``holder`` before ``container`` whose text is the page's
    ``title``: the story's headline, set as an h2 where the page's h1 is hidden."""
    if not title:
        return None
    wanted = collapse_space(title)
    for h2 in holder.iter("h2"):
        if not precedes(h2, container):
            return None  # the body's own heading, or one after it
        if collapse_space(text_of(h2)) == wanted:
            return h2
    return None


def _end_heading(container: HtmlElement) -> None:
    """Close a heading holding ``container``: a heading left open (its end tag
    misspelt) takes in all that follows, the story included, where a browser ends it
    at the next heading's end tag. The heading keeps its own text (a standfirst set as
    a heading) and the blocks from its first one on move out after it."""
    heading = next((a for a in container.iterancestors() if a.tag in HEADINGS), None)
    if heading is None:
        return
    blocks = [child for child in heading if child.tag in BLOCK_TAGS]
    if not blocks:
        return
    moved = list(heading)[heading.index(blocks[0]) :]
    for child in reversed(moved):
        heading.addnext(child)


def _subhead(h1: HtmlElement, container: HtmlElement, tuning: Tuning) -> bool:
    """True when ``h1``, inside ``container``, follows a paragraph of its prose: it
    heads a section of the story (a site setting its subheads as h1s), not the story."""
    first = next(iter(_prose_paragraphs(container, tuning)), None)
    return first is not None and precedes(first, h1)


def _story_above(gap: list[HtmlElement], tuning: Tuning) -> set[HtmlElement]:
    """The story itself among the paragraphs between headline and body: more prose
    paragraphs in one box than a standfirst has (a body chosen below the story, a small
    block near its end). Prose in other boxes there (a side column's blurbs) is not."""
    boxes: dict[HtmlElement, set[HtmlElement]] = {}
    for paragraph in gap:
        if _reads_as_prose(paragraph, text_of(paragraph).strip(), tuning):
            boxes.setdefault(paragraph.getparent(), set()).add(paragraph)
    story = max(boxes.values(), key=len, default=set())
    return story if len(story) > tuning.headline_gap_most else set()


def _too_long(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element`` (its ``text`` given) is longer than any standfirst: past
    ``lead_max_chars``, or a heading past ``lead_heading_max_chars`` (a dek set as a
    heading is a line or two; a paragraph's worth in one is the story's opening)."""
    limit = tuning.lead_heading_max_chars if element.tag in HEADINGS else tuning.lead_max_chars
    return len(text) > limit


def _lines_box(element: HtmlElement, tuning: Tuning) -> bool:
    """True when ``element`` is a box of more blocks than ``headline_gap_most``, most of
    them ending no sentence: a list of selling points or facts set as lines, the page's
    own text. A standfirst is a sentence or two in one block."""
    lines = [
        text for child in element if child.tag in BLOCK_TAGS if (text := text_of(child).strip())
    ]
    if len(lines) <= tuning.headline_gap_most:
        return False
    return 2 * sum(1 for line in lines if line.endswith(SENTENCE_ENDS)) < len(lines)


def _reads_as_prose(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element`` (its ``text`` given) ends a sentence with few links: prose,
    not a script's text or a list of links."""
    return text.endswith(SENTENCE_ENDS) and (
        link_density(element, len(text)) < tuning.sibling_link_density
    )


def _after_picture(element: HtmlElement) -> bool:
    """True when ``element`` comes right after a picture in its box, no text between:
    the picture's caption (kept when captions are asked for), not a standfirst. A link
    of no text counts as one: a picture opening its full size, the link all that is
    left of it once the pictures the output leaves out are taken out."""
    before = element.getprevious()
    if before is None or (before.tail or "").strip():
        return False
    if before.tag == "a":  # a link of no text; an anchor (no target) is a mark only
        return before.get("href") is not None and not text_of(before).strip()
    return before.tag in _PICTURES


def _text_div(element: HtmlElement, tuning: Tuning) -> bool:
    """True for a ``<div>`` set as a paragraph of prose: no block inside, at least a
    prose paragraph's length, ending a sentence (a standfirst written straight into a
    div; a byline, date line or caption there is short or ends otherwise)."""
    if element.tag != "div" or any(child.tag in BLOCK_TAGS for child in element):
        return False
    text = text_of(element).strip()
    return len(text) >= tuning.lead_inside_before_chars and text.endswith(SENTENCE_ENDS)


def _in_own_header(container: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """Prose paragraphs after the headline (h1 or h2) in a ``<header>`` child of the
    ``<article>`` or ``<main>`` holding ``container``, set before it: the story's own
    header holds its headline and standfirst, whatever the page's first h1 is."""
    for holder in _within_reach(container, tuning):
        if holder.tag not in _HEADED:
            continue
        found: list[HtmlElement] = []
        for header in holder.iterchildren("header"):
            if not precedes(header, container):
                break
            heading = next(header.iter("h1", "h2"), None)
            if heading is None:
                continue
            found.extend(
                p
                for p in header.iter("p")
                if precedes(heading, p) and len(text_of(p).strip()) >= tuning.headline_gap_chars
            )
        return found
    return []
