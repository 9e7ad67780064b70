"""The body's edges: the opening and closing blocks are read against the ``at_edges``
text rules, from either end inward, until a block that is not furniture (the story);
and a heading that ends the article (a comment section's) takes all after it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from lxml import etree

from ..dom.tags import BLOCK_TAGS, HEADINGS, PHRASING_TAGS, SECTION_HEADINGS
from ..dom.text import collapse_space, text_of, words_length
from ..dom.tree import is_below, next_element, remove_element
from ..render.clean_tree import EMBED_ATTRIBUTE
from ..rules.builtin.edges import EDGE_BLOCKS
from ..rules.builtin.patterns import (
    ANY_MONTH_DATE,
    EMAIL_ADDRESS,
    METADATA_COUNT,
    METADATA_DATE,
    METADATA_FIELD,
    METADATA_SEPARATOR,
    NAMES_LINE,
)
from ..rules.compiled import CompiledRules
from ..rules.model import Effect, Rule, Tags
from ..rules.walk import Decisions
from ..settings import Tuning
from .links import SiteLinks
from .self_promos import SELF_PROMO_SECTION, opens_self_promo, site_names

HtmlElement = Any


#: How much longer than a heading rule's ``max_length`` a block's raw text may be and
#: still be read as that heading (its whitespace collapses when it is normalised).
_RAW_SLACK = 2

#: How much whitespace around a block's text is read as the markup's indentation: a
#: block longer than its rules' longest by more than this is not read at all.
_PADDING = 400


#: Stands in for a rule on a line that is the page's own address (a print header). The
#: engine's own rules are not in the registry (they need the page's address and its
#: authors), but its ``disable()`` switches them off by name all the same.
PAGE_ADDRESS = Rule(
    "page-address", Tags("p div"), Effect.DROP, description="The page's own address as a line."
)

#: Stands in for a rule on a line of the post's fields opening the body.
METADATA_LINE = Rule(
    "metadata-lines",
    Tags("p div li h2 h3 h4 h5 h6 dd section center"),
    Effect.DROP,
    description="A short line of the post's fields opening the body, split by dots, bars, "
    "bullets or spaced dashes or each field in an inline element of its own, one of them its "
    "date or its count of comments or views, the others a few words each ('Ada Lind · May 3, "
    "2024 · Travel · 7 comments', 'By Ada Lind | 12.03.2020 | Politik'), a line of names "
    "alone above such a date line, and a line naming the page's author with such fields or "
    "alone ('Ada Lind 3. Mai 2024', 'By Ada Lind'), one date twice, such a line loose in no "
    "block above a block of the opening or an empty one; right below the body's first "
    "block too (a standfirst); a date line left alone there once a rule took the rest of "
    "its block: a dateline opening the story's first sentence, a date heading, stay.",
)

#: Stands in for a rule on the trail of links to the page's sections opening the body.
BREADCRUMB_TRAIL = Rule(
    "breadcrumb-trails",
    Tags("p div li span nav ol ul"),
    Effect.DROP,
    description="A line opening the body that is a trail of links to the site's sections, "
    "split by '>', '»', '›' or a spaced '/', perhaps after a label ('You are here:') and "
    "ending in the page's own title: 'Home » Recipes » Cakes » Lemon cake'.",
)

#: Stands in for a rule on the note about the page's author closing the story.
AUTHOR_NOTE = Rule(
    "author-note",
    Tags("p div"),
    Effect.DROP,
    description="A short note about the page's author closing the body ('Ada Lind is a "
    "reporter for the Harbour Times', or a personal bio: 'Ada is a Maine native living in "
    "Ohio with her husband and two sons'), in a box of its own, and the name above it; "
    "a line giving the author's e-mail address ('Contact Ada Lind at ...'); and a short "
    "closing section under a heading naming the author ('About Ada Lind', 'Über Ada').",
)

#: Stands in for a rule on a heading left closing the body with nothing after it.
CLOSING_HEADING = Rule(
    "closing-headings",
    Tags("h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A heading closing the body with nothing after it ('Share this:', 'Related "
    "posts', 'Leave a reply'): the title of a section the rules took out.",
)
#: Stands in for a rule on the editor's pointer to another story closing the body.
ITALIC_POINTER = Rule(
    "italic-pointers",
    Tags("p div"),
    Effect.DROP,
    description="A line closing the body set in italics that links to another story of "
    "the site ('This is part 2 of <a>...</a>, published last week', 'More on the "
    "conversion here: <a>...</a>.'): the editor's pointer, styled apart from the story.",
)
#: Stands in for a rule on a heading whose section holds nothing.
EMPTY_SECTION = Rule(
    "empty-sections",
    Tags("h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A heading with no text or picture before the next heading of its rank or "
    "higher ('Context', 'Search the archive' over a box the rules took out): the title "
    "of a box, not a section of the story.",
)
#: Stands in for a rule on a label ending in a colon left closing the body.
DANGLING_LABEL = Rule(
    "dangling-labels",
    Tags("li dd"),
    Effect.DROP,
    description="A list's last item left closing the body as a bare label ending in a "
    "colon, its value empty or taken out ('weitere Bildautoren:', 'Diese Seite:', "
    "'Share:'): a field, not the story.",
)
#: The blocks read as a field: a paragraph ending in a colon is the writer's pointer
#: ("Das Konzeptpapier finden Sie hier:", "See more photos:") and readers keep it, and
#: a heading left closing the body goes by ``closing-headings``.
_LABEL_ITEMS = frozenset(("li", "dd"))
#: A label: a short text ending in a colon, with no sentence's end, no quotation mark
#: and no other colon before it (a line of the story ending "... said:" is longer).
_LABEL = re.compile(r"(?=[^:：]*\w)[^.!?:：\"“”„«»]+[:：]")
#: What stands for a section's content though it holds no text.
_MEDIA_TAGS = frozenset(("img", "picture", "figure", "video", "audio", "iframe"))
#: A list's items: a heading in one is the item's title, not the page's section.
_ITEMS = frozenset(("li", "dt", "dd"))
#: The most headings left closing the body that go together (a longer run is a list).
_CLOSING_RUN = 2
#: A section's content without text, after an element: a picture, a player, an embed.
_MEDIA_AFTER = etree.XPath(
    "following::*["
    + " or ".join(f"self::{tag}" for tag in sorted(_MEDIA_TAGS))
    + f" or @{EMBED_ATTRIBUTE}]"
)

#: What follows the author's name in a note about them: "is a reporter for ...",
#: "(@handle) is an Ideas contributor at ...", perhaps after the full stop of a name
#: the metadata gives without it ("Jo Bacon Jr" writing "Jo Bacon Jr. is a ..."). A job
#: in journalism, not any "is a" (in English, German, French and Spanish): a note that
#: the writer is the author of a book, or a historian, goes with essays that readers keep
#: whole.
_NOTE_AFTER_NAME = re.compile(
    r"\.?(?:\s*\(@\w+\))?,?\s+(?:(?:is|was|has been)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:reporter|correspondent|writer|editor|contributor|columnist|journalist|producer"
    r"|blogger|(?:co-?)?founder)"
    # in German, French and Spanish: "ist Redakteurin bei ...", "leitet das Ressort ...",
    # "est journaliste à ...", "es periodista de ..."
    r"|(?:ist|war)\s+(?:[\w-]+\s+){0,4}?(?:redakteur|korrespondent|journalist|volontär"
    r"|reporter|kolumnist|ressortleiter)(?:in)?|leitet\s+(?:das|die)\s+(?:ressort|redaktion)"
    r"|(?:est|était)\s+(?:[\w'-]+\s+){0,4}?(?:journaliste|rédact(?:eur|rice)|correspondante?"
    r"|chroniqueu(?:r|se)|reporter)"
    r"|(?:es|fue)\s+(?:[\w-]+\s+){0,4}?(?:periodista|redactora?|corresponsal|columnista"
    r"|reporter[oa])"
    # in German, French and Spanish also what the writer does rather than is:
    # "studierte ...", "schreibt seit/für/über ...", "écrit pour ...", "escribe sobre ..."
    # (an English note's "covers the White House" is left: some readers keep it)
    r"|studierte|schreibt\s+(?:seit|für|über)|arbeitet(?:e)?\s+(?:seit|als|bei|für)"
    r"|(?:ist|war)\s+(?:mit)?gründer(?:in)?|écrit\s+(?:pour|sur)|escribe\s+(?:para|sobre)"
    # a desk's head, in English or in the English German newsrooms use: "ist Head of ..."
    r"|(?:is|was|ist|war)\s+(?:the\s+)?head\s+of)\b"
)

#: A person's name opening a line, as written: two to four words with capitals ("Ada
#: Lind", "Jo Bacon Jr.", "ADA LIND"), read where the page names no author.
_NAME_OPENING = re.compile(r"[A-Z][\w'’-]+\.?(?:\s+[A-Z][\w'’-]+\.?){1,3}")

#: The inline tags setting a whole closing line in italics, apart from the story.
_ITALICS = frozenset(("em", "i"))

#: An author box's line giving the writer's job alone, under their name ("Senior editor
#: at the Harbour Times.", "Ideas Contributor"): a job in journalism and where, no verb.
_ROLE_LINE = re.compile(
    r"(?:[\w'&-]+\s+){0,3}?(?:reporter|correspondent|writer|editor|contributor|columnist"
    r"|journalist|producer|blogger)s?(?:\s+(?:at|for|of|with)\s+[^.!?]{1,60})?\.?"
)

#: The verb after the author's name opening a personal bio ("Regan is ...", "Ada lives
#: ...", "Ada, a mother of two, ...").
_BIO_AFTER_NAME = re.compile(r"\.?(?:\s*\(@\w+\))?,?\s+(?:is|was|has|lives|grew|loves|enjoys|a)\b")

#: What a blogger's bio tells of the writer's own life: where they live or come from,
#: their family, what they love. A note on a book or a historian's work tells none of
#: it, and at least ``author_bio_min_cues`` different cues are asked for.
_BIO_CUES = re.compile(
    r"\b(?:native|(?:lives|living|resides|grew up|born and raised)"
    r"(?= (?:in|on|near|with|outside)\b)|husband|wife|kids|children|sons?|daughters?"
    r"|(?:mom|mother|dad|father) of|cats?|dogs?|loves|enjoys|spare time|free time)\b"
)

#: An author box's title naming the writer ("About Ada Lind", "Über Ada", "À propos de
#: Ada Lind", "Sobre Ada Lind"): the name is read against the page's authors.
_ABOUT_NAME = re.compile(r"\W*(?:about|über|à propos de|sobre)\s+(.{2,60}?)[\W_]*")

#: The shortest block read as a copy of an author's bio from the page's structured
#: data, and how much of a bio's opening a longer block must hold.
_MIN_BIO_COPY = 40
_BIO_OPENING = 80

#: An e-mail address: a line giving the author's is the site's, not the story's.
_EMAIL = re.compile(EMAIL_ADDRESS)
_METADATA_SEPARATOR = re.compile(METADATA_SEPARATOR)
_METADATA_DATE = re.compile(METADATA_DATE, re.IGNORECASE)
_METADATA_COUNT = re.compile(METADATA_COUNT, re.IGNORECASE)
_METADATA_FIELD = re.compile(METADATA_FIELD)
_NAMES_LINE = re.compile(NAMES_LINE)
_ANY_MONTH_DATE = re.compile(ANY_MONTH_DATE)
#: A bare number among a line's fields: a count whose label is an icon.
_BARE_NUMBER = re.compile(r"\d[\d.,]*[km]?")
#: What splits the fields of a line naming the page's author (:func:`_author_line`): a
#: post's line's separators, and a slash or two not beside a digit, spaced or not ("3. Mai
#: 2024 // Ada Lind", "By Ada Lind/May 3, 2024"; a date's slashes stand between digits).
_AUTHOR_SEPARATOR = re.compile(rf"{METADATA_SEPARATOR}|\s*(?<!\d)//?(?!\d)\s*")
#: An author's name as the page's metadata gives it, read in a byline: a line of names or
#: one capitalised word ("Ada Lind", "Krimiblogger"). A heading the metadata mistook for
#: the author ("Richtlinien für Autor/innen") is none, and its line stays.
_AUTHOR_NAME = re.compile(rf"{NAMES_LINE}|[^\W\d_a-z][^\W\d_]*")
#: Stands for a line break between a line's fields, read as a separator.
_LINE_BREAK = " | "
#: What is stripped around such a field: "Ada Lind, dpa" leaves "dpa".
_FIELD_PUNCTUATION = " ,;:"
#: The most words before the author's name in a byline with no date ("By", "Von").
_AUTHOR_LABEL_WORDS = 1
#: The boxes read as a line of the post's fields set as lines of their own.
_FIELD_BOXES = frozenset(("div", "header", "section", "li"))
#: The blocks no date line alone is read in (:func:`_date_line`): headings, and the terms,
#: values and cells of a list of pairs or a table.
_PAIRED_VALUES = HEADINGS | frozenset(("dt", "dd", "td", "th"))
#: A word's character: loose text holding none stands between a line's fields.
_WORD = re.compile(r"\w")
#: What splits the steps of a breadcrumb trail: an arrow or a chevron, a spaced slash.
_TRAIL_SEPARATOR = re.compile(r"\s*[>»›→]\s*|\s+/\s+")
#: A label before a trail ("You are here:", "Sie sind hier:"): a few words and a colon.
_TRAIL_LABEL = re.compile(r"[^:>»›→/]{1,30}:\s*")
#: A trail has at least this many steps (two separators), each but the last (the page's
#: own title) at most this many words, and the line at most this long.
_TRAIL_MIN_STEPS = 3
_TRAIL_STEP_WORDS = 6
_TRAIL_MAX_CHARS = 300


def end_article(
    containers: list[HtmlElement], rules: CompiledRules, decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the first heading a ``Role.ENDING`` rule matches (a comment section's)
    and everything after it in its container, however long: readers' comments are
    not the story. Return what was removed, each with the rule's name.

    It runs before the body is pruned, which may take such a heading away with the
    link-only author line under it (as a link list's heading) and leave the comments.
    A heading with less than ``ending_min_chars_before`` of the body's text before it
    is passed over: a count of comments set above the story does not end it."""
    ending = rules.ending_rules
    if not ending:
        return []
    longest = _longest(ending)
    for container in containers:
        for heading in container.iter(*ending):
            if heading is container:
                continue
            rule = _first_matching(text_of(heading), ending[heading.tag], longest[heading.tag])
            if rule is None:
                continue
            before = body_text_before(heading, containers)
            if before < tuning.ending_min_chars_before or not _may_end(heading, containers):
                continue
            removed = cut_after(heading, container)
            remove_element(heading)
            for element in (heading, *removed):
                decisions.record(element, rule)
            return [(element, rule.name) for element in (heading, *removed)]
    return []


def _may_end(heading: HtmlElement, containers: list[HtmlElement]) -> bool:
    """True unless ``heading`` is a line that is no heading (a "Show comments" button)
    with more of the body after it than before it: such a button also sits in a share
    bar above the story, and only one closing the body opens its comments. A heading
    ends the article wherever it stands (a thread may outgrow its story). The text is
    counted with its whitespace collapsed: a comment shell's indented markup is no text."""
    if heading.tag in HEADINGS:  # a heading ends the article wherever it stands
        return True
    after = 0
    node = heading
    while node.getparent() is not None and node not in containers:
        after += sum(words_length(sibling) for sibling in node.itersiblings())
        node = node.getparent()
    if node in containers:
        after += sum(words_length(later) for later in containers[containers.index(node) + 1 :])
    total = sum(words_length(container) for container in containers)
    return after <= total - after - words_length(heading)


def _longest(by_tag: Mapping[str, Sequence[Rule]]) -> dict[str, int]:
    """Tag -> the longest raw text any of its rules may match (``_RAW_SLACK`` times the
    longest ``max_length``): a longer block is not read."""
    return {
        tag: _RAW_SLACK * max((rule.text_match.max_length for rule in rules), default=0)
        for tag, rules in by_tag.items()
    }


def _first_matching(raw: str, rules: Sequence[Rule], longest: int) -> Rule | None:
    """The first of ``rules`` matching a block's whole text ``raw``, when it is at most
    ``longest`` characters without the whitespace around it (a line on its own in
    indented markup carries the indentation: "\\n      View comments (27)\\n   ")."""
    if len(raw) > longest and (len(raw) > longest + _PADDING or len(raw.strip()) > longest):
        return None
    text = _normal(raw)
    return next((rule for rule in rules if text and rule.text_match.matches_text(text)), None)


def body_text_before(element: HtmlElement, containers: list[HtmlElement]) -> int:
    """How many characters of the body (``containers``, in order) come before
    ``element``: read only for an element some rule already took, so rarely (named
    apart from :func:`dom.text.text_before`, the text before an element in its line)."""
    ancestors = set(element.iterancestors())
    total = 0
    for container in containers:
        for node in container.iter():
            if node is element:
                return total
            total += len(node.text or "")
            if node is not container and node not in ancestors:
                total += len(node.tail or "")
    return total


def cut_after(heading: HtmlElement, container: HtmlElement) -> list[HtmlElement]:
    """Detach what follows ``heading`` in ``container`` (the siblings after it and
    after each of its ancestors, and the text between them) and return it: a comment
    thread's bylines, dates and votes are often loose text."""
    cut: list[HtmlElement] = []
    node = heading
    while node is not container:
        parent = node.getparent()
        following = list(node.itersiblings())
        node.tail = None
        for sibling in following:
            sibling.tail = None
            parent.remove(sibling)
        cut += following
        node = parent
    return cut


def trim_edges(
    containers: list[HtmlElement],
    rules: CompiledRules,
    decisions: Decisions,
    links: SiteLinks,
    tuning: Tuning,
    authors: Sequence[str] = (),
    bios: Sequence[str] = (),
    bared: Collection[HtmlElement] = (),
) -> list[tuple[HtmlElement, str]]:
    """Remove the furniture opening and closing the body; return what was removed,
    each with its rule's name. A line that is the page's own address (the header of
    a printed page) is furniture too, and so is a short closing section under a
    heading a ``Role.CLOSING`` rule matches (with all of that section), and a note
    about one of the page's ``authors`` closing it (:func:`_is_author_note`). A copy
    of one of the authors' ``bios`` (from the page's structured data) goes closing it,
    and wherever it stands when it does not open with their name (:func:`_bio_copies`).
    The inline text after the last block, in no block of its own, is read as a closing
    line too (:func:`_loose_after`). ``bared``: the headings whose table the options
    left out (:func:`heading_over`), each an empty section when the next text is a
    heading of its rank (:func:`_empty_sections`)."""
    by_tag = rules.edge_text_rules
    if not by_tag or not containers:
        return []
    blocks = _leaf_blocks(containers, by_tag)
    names = [n for n in map(_normal, authors) if n] if rules.runs(AUTHOR_NOTE) else []
    promos = rules.runs(SELF_PROMO_SECTION)
    doomed = _closing_section(
        blocks,
        containers,
        rules.closing_rules,
        decisions,
        tuning.closing_section_max_chars,
        names,
        site_names(links.site) if promos else (),
        promos,
    )
    if doomed:  # the section's blocks end the list; its box, when taken, is none of them
        blocks = blocks[: blocks.index(doomed[0][0])]
    bios = [bio for bio in map(_normal, bios) if bio] if rules.runs(AUTHOR_NOTE) else []
    if bios:
        copies, bios = _bio_copies(blocks, bios, names)
        for element in copies:
            decisions.record(element, AUTHOR_NOTE)
            doomed.append((element, AUTHOR_NOTE.name))
        blocks = [element for element in blocks if element not in copies]
    page_address = rules.runs(PAGE_ADDRESS)
    trails = rules.runs(BREADCRUMB_TRAIL)
    pointers = rules.runs(ITALIC_POINTER)
    metadata = rules.runs(METADATA_LINE)
    named = [name for name in authors if _AUTHOR_NAME.fullmatch(collapse_space(name))]
    byline_names = [_normal(name) for name in named] if metadata else []
    held: list[HtmlElement] = []  # blocks read for their inline text and removed
    around: dict[HtmlElement, HtmlElement | None] = {}  # _inline_holder's, by parent
    checks = rules.edge_quick_checks

    def _matching(tag: str, text: str) -> list[Rule]:
        """The edge rules of ``tag`` matching ``text`` (see :meth:`TextQuickCheck.matching`)."""
        return checks[tag].matching(text)

    last = next((block for block in reversed(blocks) if words_length(block)), None)
    if last is not None and "p" in by_tag:
        chain, inline, loose = _loose_after(last, containers)
        text = _normal(" ".join(loose))
        fired = _matching("p", text) if text and len(text) <= _PADDING else []
        # the empty blocks among them (an icon's box, a banner's link) stay where they are
        elements = [node for node in inline if isinstance(node.tag, str) and node.tag not in by_tag]
        if fired:
            for rule in fired if elements else ():  # a text in tails only has no element
                decisions.record(elements[0], rule)
            for node in chain + inline:
                node.tail = None
            doomed.extend((node, fired[0].name) for node in elements)
    for closing, run in ((True, reversed(blocks)), (False, iter(blocks))):
        below_note = False
        below_byline = False  # the opening line of names above a date line was taken
        holder = None  # a block read for its inline text, whose empty blocks are passed
        whole_box = None  # a box taken whole (an author box, fields), whose blocks are passed
        passed = False  # the opening walk passed the story's first block: fields lines only
        for index, element in enumerate(run):
            if whole_box is not None and is_below(element, whole_box):
                continue
            if any(element is gone for gone, _name in doomed) or any(
                is_below(element, gone) for gone in held
            ):
                break  # the two ends met
            if holder is not None and is_below(element, holder):
                # a block of its own inside the box read for its inline text (a list's
                # "Video verfügbar bis ..." beside a button): read alone, passed if kept
                fired = _matching(element.tag, _normal(text_of(element)))
                for rule in fired:
                    decisions.record(element, rule)
                if fired:
                    doomed.append((element, fired[0].name))
                continue
            text = _normal(text_of(element))
            if not closing and metadata and (text or not passed):
                # above an empty block too (a picture's box below "Erstellt am: ... / sk")
                doomed += _loose_fields_before(
                    element, containers, by_tag, byline_names, decisions, tuning
                )
            if passed:  # only lines of fields right below it, none further down
                if not text:
                    continue
                if not _fields_line(element, text, byline_names, tuning) and not _date_line(
                    element, text
                ):
                    break
                decisions.record(element, METADATA_LINE)
                doomed.append((element, METADATA_LINE.name))
                continue
            if not text:
                holder = _inline_holder(element, containers, by_tag, around)
                if holder is None:
                    continue
                held_text = _normal(text_of(holder))
                fired = _matching(holder.tag, held_text)
                if not fired and not closing and metadata and _date_line(holder, held_text):
                    fired = [METADATA_LINE]  # a date beside a share bar's empty icons
                if not fired and closing:
                    note = _is_author_note(holder, held_text, names, below_note, tuning)
                    fired = [AUTHOR_NOTE] if note else []
                if fired:
                    for rule in fired:
                        decisions.record(holder, rule)
                    doomed.append((holder, fired[0].name))
                    held.append(holder)
                continue
            fired = _matching(element.tag, text)
            if not fired and page_address and links.is_page(text):
                fired = [PAGE_ADDRESS]
            if not fired and not closing and trails and _breadcrumb_trail(element, text):
                fired = [BREADCRUMB_TRAIL]
            if not fired and not closing and metadata:
                if _fields_line(element, text, byline_names, tuning) or (
                    below_byline and _METADATA_DATE.fullmatch(text)
                ):
                    fired = [METADATA_LINE]
                elif _byline_above_date(element, blocks[index + 1 :], tuning):
                    fired = [METADATA_LINE]
                    below_byline = True
                elif (box := _fields_box(element, containers, tuning)) is not None:
                    decisions.record(box, METADATA_LINE)
                    doomed.append((box, METADATA_LINE.name))
                    whole_box = box
                    continue
                elif _date_line(element, text):  # a date left alone, in no box of fields
                    fired = [METADATA_LINE]
            if not fired and closing and _is_author_note(element, text, names, below_note, tuning):
                fired = [AUTHOR_NOTE]
            if not fired and closing and _italic_note(element, text, tuning):
                fired = [AUTHOR_NOTE]
            if not fired and closing and pointers and _italic_pointer(element, text, links, tuning):
                fired = [ITALIC_POINTER]
            if not fired and closing and _described_author(element, text, names, tuning):
                fired = [AUTHOR_NOTE]
            if not fired and closing and bios and _copies_bio(text, bios):
                fired = [AUTHOR_NOTE]
            if not fired and closing and names:
                box = _closing_author_box(element, containers, names, tuning)
                if box is not None:
                    decisions.record(box, AUTHOR_NOTE)
                    doomed.append((box, AUTHOR_NOTE.name))
                    held.append(box)
                    whole_box = box
                    continue
            after_breaks, after_fired = (
                _closing_line(element, by_tag, _matching) if closing else ([], [])
            )
            if after_fired and (
                not fired
                or (
                    fired[0] in by_tag[element.tag]
                    and not _matching(element.tag, _text_above(after_breaks))
                )
            ):
                # the story's last block, its last line furniture (and only that line)
                doomed.extend(_take_line(after_breaks, after_fired, decisions))
                break
            if not fired:
                if closing or not metadata:
                    break
                # a standfirst or a label over the post's fields, or the story's first
                # block, perhaps opening with its byline on a line of its own
                doomed += _opening_byline(element, byline_names, decisions, tuning)
                passed = True
                continue
            below_note = fired[0] is AUTHOR_NOTE
            for rule in fired:
                decisions.record(element, rule)
            doomed.append((element, fired[0].name))
            if closing:
                inline_before = _inline_before(element, by_tag)
                line = _normal(" ".join(map(text_of, inline_before)))
                line_fired = _matching("p", line) if line and len(line) <= _PADDING else []
                for node in inline_before if line_fired else ():
                    for rule in line_fired:
                        decisions.record(node, rule)
                    doomed.append((node, line_fired[0].name))
            box = element.getparent()
            if (
                closing
                and box is not None
                and box not in containers
                and element not in containers
                and box.tag in by_tag
            ):
                box_text = _text_beside(box, element, by_tag)
                box_fired = _matching(box.tag, box_text) if box_text else []
                for rule in box_fired:
                    decisions.record(box, rule)
                if box_fired:
                    doomed.append((box, box_fired[0].name))
    if names:
        for box in _author_boxes(blocks, containers, names, doomed, held, tuning):
            decisions.record(box, AUTHOR_NOTE)
            doomed.append((box, AUTHOR_NOTE.name))
    for element, _name in doomed:
        remove_element(element)
        if element in containers:  # a line taken in as a container of its own
            containers.remove(element)
    if rules.runs(CLOSING_HEADING):
        for heading in _closing_headings(containers[-1], tuning.closing_heading_max_chars):
            decisions.record(heading, CLOSING_HEADING)
            doomed.append((heading, CLOSING_HEADING.name))
    if rules.runs(EMPTY_SECTION):
        for container in containers:
            for heading in _empty_sections(container, tuning.closing_heading_max_chars, bared):
                decisions.record(heading, EMPTY_SECTION)
                doomed.append((heading, EMPTY_SECTION.name))
    if rules.runs(DANGLING_LABEL):
        label = _dangling_label(containers[-1], tuning)
        if label is not None:
            decisions.record(label, DANGLING_LABEL)
            doomed.append((label, DANGLING_LABEL.name))
    return doomed


def _dangling_label(container: HtmlElement, tuning: Tuning) -> HtmlElement | None:
    """Remove and return the block holding the last text of ``container`` when that
    block is a list's item (:data:`_LABEL_ITEMS`) holding only a label ending in a colon
    (:data:`_LABEL`, at most ``dangling_label_max_chars``): a field whose value is empty
    or was taken out (a share tool's "Diese Seite:" above its icons, an empty "Credits:"
    closing a photo's details). A label above a picture or an embed announces it and
    stays, as a closing heading does; and only below a story: a body with less than
    ``closing_heading_max_chars`` of text outside its headings keeps it."""
    block = last_text_holder(container)
    while block is not None and block is not container and block.tag not in EDGE_BLOCKS:
        block = block.getparent()
    if block is None or block is container or block.tag not in _LABEL_ITEMS:
        return None
    most = tuning.dangling_label_max_chars
    raw = text_of(block)
    if len(raw) > most + _PADDING:
        return None
    text = collapse_space(raw)
    if len(text) > most or _LABEL.fullmatch(text) is None:
        return None
    if _text_outside_headings(container) - len(text) < tuning.closing_heading_max_chars:
        return None
    if _media_after(block, container):
        return None  # "See more photos:" above the pictures it announces
    remove_element(block)
    return block


def _closing_headings(container: HtmlElement, most: int) -> list[HtmlElement]:
    """Remove and return the headings left closing ``container``, last first: a heading
    opens a section, and one with no text or picture after it is the title of a
    section the rules took out (share buttons, related links, a comment form).

    Only short ones (at most ``most`` characters), at most ``_CLOSING_RUN`` of them: a
    longer run is the story's own list of headings whose pictures the text leaves out
    ("16. Stephen Fry", "17. ..."). And only below a story: a body with less text than
    ``most`` outside its headings keeps them."""
    run = _closing_run(container)
    if not run or len(run) > _CLOSING_RUN or any(words_length(h) > most for h in run):
        return []
    if _text_outside_headings(container) < most or _media_after(run[-1], container):
        return []
    for heading in run:
        remove_element(heading)
    return run


def _empty_sections(
    container: HtmlElement, most: int, bared: Collection[HtmlElement] = ()
) -> list[HtmlElement]:
    """Remove and return the section headings of ``container`` (at most ``most``
    characters) whose next text is a heading of the same rank or higher, with no
    picture or embed between, when that heading has text of its own under it: a
    section with nothing in it, the title of a box the rules took out or of a widget.
    A heading set right before the next (a title and its subtitle, a kicker and its
    headline) is left, as are two empty sections in a row (the story's headings over
    pictures the text leaves out) and a heading over a list whose items open with
    headings (it titles that list). A heading of ``bared`` (its table left out at the
    user's request) now stands right before the next, or before another such one,
    and goes all the same: its section held that table only."""
    following: dict[HtmlElement, HtmlElement] = {}
    for heading in container.iter(*SECTION_HEADINGS):
        if not words_length(heading):
            continue
        after = _heading_after(heading, container)
        if after is not None:
            following[heading] = after
    ahead = set(following.values())
    empty = [
        heading
        for heading, after in following.items()
        if (
            heading in bared
            or (
                heading not in ahead
                and after not in following
                and next_element(heading) is not after
            )
        )
        and words_length(heading) <= most
        and not _in_item(after, heading)
        and _next_text_holder(after, container) is not None
    ]
    for heading in empty:
        remove_element(heading)
    return empty


def heading_over(table: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The section heading holding the last text before ``table`` in ``container``
    (the title of the table's section), or None when other text comes between."""
    holder = _text_holder_before(table, container)
    while holder is not None and holder is not container:
        if holder.tag in SECTION_HEADINGS:
            return holder
        holder = holder.getparent()
    return None


def _heading_after(heading: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The heading holding the next text after ``heading`` when it is of the same
    rank or higher, else None."""
    after = _next_text_holder(heading, container)
    if after is None:
        return None
    while after is not container and after.tag not in HEADINGS:
        after = after.getparent()
    if after is container or int(after.tag[1]) > int(heading.tag[1]):
        return None
    return after


def _in_item(after: HtmlElement, heading: HtmlElement) -> bool:
    """Whether ``after`` sits in a list's item ``heading`` is not in."""
    around = set(heading.iterancestors())
    for ancestor in after.iterancestors():
        if ancestor in around:
            return False
        if ancestor.tag in _ITEMS:
            return True
    return False


def _next_text_holder(node: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The element holding the first text after ``node`` inside ``container``, or
    None when there is none or a picture or an embed comes first."""
    while node is not container:
        parent = node.getparent()
        if node.tail and node.tail.strip():
            return parent
        for sibling in node.itersiblings():
            if sibling.tag.__class__ is not str:
                if sibling.tail and sibling.tail.strip():
                    return parent
                continue
            for event, element in etree.iterwalk(sibling, events=("start", "end")):
                if element.tag.__class__ is not str:
                    continue
                if event == "start":
                    if element.tag in _MEDIA_TAGS or element.get(EMBED_ATTRIBUTE) is not None:
                        return None
                    if element.text and element.text.strip():
                        return element
                elif element is not sibling and element.tail and element.tail.strip():
                    return element.getparent()
            if sibling.tail and sibling.tail.strip():
                return parent
        node = parent
    return None


def _closing_run(container: HtmlElement) -> list[HtmlElement]:
    """The section headings (``h2``-``h6``) holding the last texts of ``container``,
    last first, up to the last text outside one (read back from the end, one text at
    a time: a run longer than ``_CLOSING_RUN`` is not read to its end)."""
    run: list[HtmlElement] = []
    holder = last_text_holder(container)
    while holder is not None and len(run) <= _CLOSING_RUN:
        while holder.tag not in SECTION_HEADINGS:
            if holder is container:
                return run
            holder = holder.getparent()
        run.append(holder)
        holder = _text_holder_before(holder, container)
    return run


def last_text_holder(element: HtmlElement) -> HtmlElement | None:
    """The element holding the last text of ``element`` (as its text, or as the tail of
    one of its children), or None: read from the end, down the last branches only, with
    a stack of its own (a page may nest deeper than Python recurses)."""
    stack = [(element, reversed(element))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:  # all read: its own text comes before its children
            stack.pop()
            if parent.text and parent.text.strip():
                return parent
        elif child.tail and child.tail.strip():
            return parent
        elif child.tag.__class__ is str:
            stack.append((child, reversed(child)))
    return None


def _text_holder_before(node: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The element holding the last text before ``node`` inside ``container``."""
    while node is not container:
        parent = node.getparent()
        found = _holder_among(node.itersiblings(preceding=True), parent)
        if found is not None:
            return found
        if parent.text and parent.text.strip():
            return parent
        node = parent
    return None


def _holder_among(children: Iterable[HtmlElement], parent: HtmlElement) -> HtmlElement | None:
    """The element holding the last text of ``children`` (siblings under ``parent``,
    last first), their tails read as ``parent``'s text."""
    for child in children:
        if child.tail and child.tail.strip():
            return parent
        if child.tag.__class__ is str:
            found = last_text_holder(child)
            if found is not None:
                return found
    return None


def _text_outside_headings(container: HtmlElement) -> int:
    return words_length(container) - sum(map(words_length, container.iter(*HEADINGS)))


def _media_after(heading: HtmlElement, container: HtmlElement) -> bool:
    """Whether a picture or an embed follows ``heading`` in ``container``."""
    found = _MEDIA_AFTER(heading)
    assert isinstance(found, list)
    return any(is_below(element, container) for element in found)


def _closing_section(
    blocks: list[HtmlElement],
    containers: Sequence[HtmlElement],
    closing: dict[str, tuple[Rule, ...]],
    decisions: Decisions,
    max_chars: int,
    names: Sequence[str] = (),
    site: Sequence[str] = (),
    promos: bool = False,
) -> list[tuple[HtmlElement, str]]:
    """The last blocks, from a heading a ``Role.CLOSING`` rule matches (``closing``: the
    rules of each block's tag, :attr:`CompiledRules.closing_rules`; or an author box's
    title naming one of the page's author ``names``, :func:`_names_author`; or, with
    ``promos``, a heading naming the ``site`` (its names) or calling to contact it over its pitch
    for itself, :func:`opens_self_promo`) to the end,
    when what follows the heading holds at most ``max_chars`` characters; with the box
    the heading opens (:func:`_section_box`)."""
    longest = _longest(closing)
    after = 0
    for index in range(len(blocks) - 1, -1, -1):
        element = blocks[index]
        raw = text_of(element)
        rule = _first_matching(raw, closing[element.tag], longest[element.tag])
        if rule is None and names and _names_author(raw, names):
            rule = AUTHOR_NOTE
        if rule is None and promos and opens_self_promo(blocks, index, raw, site):
            rule = SELF_PROMO_SECTION
        if rule is not None:
            section = blocks[index:]
            box = _section_box(element, containers, max_chars)
            section += [box] if box is not None else []
            for block in section:
                decisions.record(block, rule)
            return [(block, rule.name) for block in section]
        after += len(raw)
        if after > max_chars:
            break
    return []


def _section_box(
    heading: HtmlElement, containers: Sequence[HtmlElement], max_chars: int
) -> HtmlElement | None:
    """The box that ``heading`` (a closing section's, taken with the blocks after it)
    opens, holding at most ``max_chars`` characters, or None: its text loose beside the
    heading, in no block of its own ("Apoya el periodismo" over the plea set after it
    between ``<br>``), is the section's too."""
    box = heading.getparent()
    if box is None or box in containers or (box.text or "").strip():
        return None
    for before in heading.itersiblings(preceding=True):
        if (before.tail or "").strip() or (isinstance(before.tag, str) and words_length(before)):
            return None
    return box if len(text_of(box)) <= max_chars else None


def _names_author(raw: str, names: Sequence[str]) -> bool:
    """True when ``raw`` is an author box's title naming one of ``names`` ("About Ada
    Lind"): a heading about anyone else ("Über Berlin") opens a section of the story."""
    if len(raw) > _PADDING:
        return False
    match = _ABOUT_NAME.fullmatch(_normal(raw))
    return match is not None and match.group(1) in names


def _is_author_note(
    element: HtmlElement, text: str, names: list[str], below_note: bool, tuning: Tuning
) -> bool:
    """True when ``text`` (normalised) is a note about one of the page's authors: it
    opens with the author's name and says what they do in journalism, or tells of their
    own life (:func:`_is_bio`), and it stands in a box of its own (its parent holds at
    most ``author_note_max_chars``), as author boxes do; a line about the writer inside
    the story's own paragraphs stays. Also true of the author's name alone right above
    such a note (``below_note``), and of a short line naming the author with an e-mail
    address (a contact line, in a box of its own or not)."""
    if below_note and text in names:
        return True
    limit = tuning.author_note_max_chars
    if (
        len(text) <= tuning.author_contact_max_chars
        and _EMAIL.search(text) is not None
        and any(_named((name,)).search(text) for name in names)
    ):
        return True
    parent = element.getparent()
    most = max(limit, tuning.author_bio_max_chars)
    if len(text) > most or parent is None:
        return False
    for name in names:  # the box is measured last: most closing blocks name no author
        if not text.startswith(name):
            continue
        note = len(text) <= limit and _NOTE_AFTER_NAME.match(text, len(name)) is not None
        if note and len(text_of(parent)) <= limit:
            return True
        if _is_bio(text, name, tuning) and len(text_of(parent)) <= most:
            return True
    return False


def _metadata_line(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a line of the
    post's fields: at most ``metadata_line_max_chars``, split by
    :data:`METADATA_SEPARATOR`, or else into its inline elements when each field stands
    in its own (:func:`_inline_fields`), into two to ``metadata_line_max_fields``
    fields, one of them a count of comments or views
    (:data:`METADATA_COUNT`), or a date (:data:`METADATA_DATE`) beside a field of words,
    and every other one a few words (at most ``metadata_field_max_words``) with no
    sentence's end. A dateline opening the story's first sentence ("Berlin, 3. Mai 2024 -
    Die Stadt ...") runs on in a long field, a line of words alone ("Salzburg –
    Radfahren") holds no date, and a line of dates alone ("3 May 2024 | 20 June 2024",
    an exhibition's) no field of words."""
    if len(text) > tuning.metadata_line_max_chars:
        return False
    fields = [field for field in _METADATA_SEPARATOR.split(text) if field]
    return _metadata_fields(fields if len(fields) > 1 else _inline_fields(element), tuning)


def _breadcrumb_trail(element: HtmlElement, text: str) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a breadcrumb
    trail: after a label perhaps ("You are here:"), at least ``_TRAIL_MIN_STEPS`` steps
    split by :data:`_TRAIL_SEPARATOR`, each but the last (the page's title, linked or
    not) a link of ``element`` of a few words, the site's section. A sentence's "A / B /
    C" has words outside links."""
    if len(text) > _TRAIL_MAX_CHARS:
        return False
    trail = text[label.end() :] if (label := _TRAIL_LABEL.match(text)) else text
    steps = [step.strip() for step in _TRAIL_SEPARATOR.split(trail) if step.strip()]
    if len(steps) < _TRAIL_MIN_STEPS:
        return False
    linked = {_normal(text_of(link)).strip(" >»›→/") for link in element.iter("a")}
    return all(step in linked and len(step.split()) <= _TRAIL_STEP_WORDS for step in steps[:-1])


def _date_line(element: HtmlElement, text: str) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a date line
    alone (:data:`METADATA_DATE`), left when a rule took the rest of its block (an agency's
    name beside it, its clock time) after the date rules read it. A heading holding a date
    stays (the first entry of a timeline or a diary), and so does a value beside its label
    (:data:`_PAIRED_VALUES`: "Mitglied seit" over "28. Juni 2014")."""
    return element.tag not in _PAIRED_VALUES and _METADATA_DATE.fullmatch(text) is not None


def _fields_line(element: HtmlElement, text: str, names: Sequence[str], tuning: Tuning) -> bool:
    """True when ``text`` (``element``'s, normalised) is a line of the post's fields
    (:func:`_metadata_line`) or the byline naming one of the page's authors ``names``
    (:func:`_author_line`)."""
    return _metadata_line(element, text, tuning) or _author_line(element, text, names, tuning)


def _loose_fields_before(
    block: HtmlElement,
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    names: Sequence[str],
    decisions: Decisions,
    tuning: Tuning,
) -> list[tuple[HtmlElement, str]]:
    """Take out the loose line right above ``block`` (a block the opening walk reads, an
    empty one too: a picture's box) when it is a line of the post's fields
    (:func:`_fields_line`): the text after the block before it, or its box's text, and
    the inline elements between, in no block of their own ("<h2>Title</h2> 24. März 2004,
    19:49 | <a>Ada</a> <p>Story ..."). When ``block`` opens its box, the line above the
    box is read (a custom ``<byline>`` over the box of the standfirst). Return its
    elements, each with the rule's name (none when the line is text alone)."""
    owner, inline, holder = _line_above(block, containers, by_tag)
    leading = (owner.tail if owner is not None else holder.text) or ""
    texts = [leading]
    for node in reversed(inline):
        texts += [text_of(node) if isinstance(node.tag, str) else "", node.tail or ""]
    raw = " ".join(texts)
    if not _WORD.search(raw) or len(raw) > tuning.metadata_line_max_chars + _PADDING:
        return []
    line = _normal(raw)
    if len(line) > tuning.metadata_line_max_chars:
        return []
    fields = [field for field in _METADATA_SEPARATOR.split(line) if field]
    if len(fields) == 1 and not any(_WORD.search(text) for text in texts[::2]):
        # each field in an inline element of its own, no loose word between them
        fields = [_normal(text) for text in texts[1::2] if _WORD.search(text)]
    if not _metadata_fields(fields, tuning) and not _author_line(None, line, names, tuning):
        return []
    if owner is not None:
        owner.tail = None
    else:
        holder.text = None
    elements = [node for node in inline if isinstance(node.tag, str)]
    for node in inline:
        node.tail = None
    for node in elements:
        decisions.record(node, METADATA_LINE)
    return [(node, METADATA_LINE.name) for node in elements]


def _line_above(
    block: HtmlElement, containers: Sequence[HtmlElement], by_tag: dict[str, tuple[Rule, ...]]
) -> tuple[HtmlElement | None, list[HtmlElement], HtmlElement]:
    """The loose line right above ``block`` (:func:`_loose_fields_before`): the element
    whose tail opens it (None when its box's text does), the inline nodes in it (last
    first) and the box holding them; up from a block opening a box of the body's with
    no text before it."""
    anchor = block
    parent = anchor.getparent()
    while (
        anchor.getprevious() is None
        and parent is not None
        and parent not in containers
        and not (parent.text or "").strip()
        and parent.getparent() is not None
    ):
        anchor, parent = parent, parent.getparent()
    inline, owner = _inline_run(anchor.getprevious(), by_tag)
    return owner, inline, parent


def _inline_run(
    node: HtmlElement | None, by_tag: dict[str, tuple[Rule, ...]]
) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The nodes from ``node`` back, last first, that hold no block of the rules' tags,
    and the element before them holding one (None when they reach their box's start)."""
    inline: list[HtmlElement] = []
    while node is not None and (not isinstance(node.tag, str) or not _holds_block(node, by_tag)):
        inline.append(node)
        node = node.getprevious()
    return inline, node


def _metadata_fields(fields: list[str], tuning: Tuning) -> bool:
    """True when ``fields`` (normalised) are those of a line of the post's fields (see
    :func:`_metadata_line`): a date in a language no month list holds counts too
    (:data:`ANY_MONTH_DATE`), and a bare number (a count labelled by an icon) is no
    field of words. One date twice and nothing else is such a line too ("4. November
    2021" in two ``<time>`` elements, the post's and its update's): an exhibition's
    dates differ."""
    if not 2 <= len(fields) <= tuning.metadata_line_max_fields:
        return False
    kinds = _field_kinds(fields, tuning)
    if kinds is None:
        return False
    dated, counted, worded = kinds
    # one date set twice (the post's and its update's, both shown) is no list of dates
    return counted or (dated and (worded or len(set(fields)) == 1))


def _field_kinds(fields: list[str], tuning: Tuning) -> tuple[bool, bool, bool] | None:
    """Whether ``fields`` (normalised) hold a date, a count and a field of words, or None
    when one of them is none of a post's fields (a sentence, a run of words longer than
    ``metadata_field_max_words``)."""
    dated = counted = worded = False
    most = tuning.metadata_field_max_words
    for field in fields:
        if _METADATA_COUNT.fullmatch(field):
            counted = True
        elif _METADATA_DATE.fullmatch(field) or _ANY_MONTH_DATE.fullmatch(field):
            dated = True
        elif _BARE_NUMBER.fullmatch(field):
            continue
        elif len(field.split()) > most or not _METADATA_FIELD.fullmatch(field):
            return None
        else:
            worded = True
    return dated, counted, worded


#: How many sets of authors' names are kept compiled (:func:`_named`): a page asks
#: for a few, and the pages of one site for the same.
_NAMED_KEPT = 64


@functools.lru_cache(maxsize=_NAMED_KEPT)
def _named(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` standing as words of its own (no word character joined on),
    compiled once for the pages naming them, not once a line."""
    return re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names))


def _author_line(
    element: HtmlElement | None, text: str, names: Sequence[str], tuning: Tuning
) -> bool:
    """True when ``text`` (``element``'s, normalised, opening the body) is a line naming
    one of the page's authors (``names``, normalised, as its metadata gives them) with
    nothing else but the post's fields, its byline: the name beside a date or a count,
    split from it or not ("Ada Lind 3. Mai 2024", "By Ada Lind/May 3, 2024 9:49 am",
    "Ein Artikel von Ada Lind, veröffentlicht am 3.5.2024"), or with no date, the name
    after one word at most ("Von Ada Lind", "Ada Lind") and set apart from any words after
    it ("By Ada Lind<br>Harbour Health News", "Von Ada Lind, dpa"); every other field a
    few words (:func:`_field_kinds`). A sentence about the author runs on ("Ada Lind, 34,
    was born ..."), and a title naming them ("The story of Ada Lind") has more words
    before the name and no date. ``element`` is None for a loose line (no block holds it).
    """
    if len(text) > tuning.metadata_line_max_chars:
        return False
    found = [name for name in names if _named((name,)).search(text)]
    if not found:
        return False
    if element is not None and element.find(".//br") is not None:  # its lines are fields
        text = _normal(_LINE_BREAK.join(part.strip() for part in _br_lines(element)))
    parts = _named(tuple(found)).split(text)
    fields = [
        field.strip(_FIELD_PUNCTUATION)
        for part in parts
        for field in _AUTHOR_SEPARATOR.split(part)
        if field.strip(_FIELD_PUNCTUATION)
    ]
    if len(fields) >= tuning.metadata_line_max_fields:
        return False
    kinds = _field_kinds(fields, tuning)
    if kinds is None:
        return False
    if kinds[0] or kinds[1]:
        return True
    after = parts[-1]
    return len(parts[0].split()) <= _AUTHOR_LABEL_WORDS and (
        not after.strip() or after.lstrip()[0] == "," or _AUTHOR_SEPARATOR.match(after) is not None
    )


def _opening_byline(
    block: HtmlElement, names: Sequence[str], decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Take out the first line of ``block`` (the body's first block holding text) when a
    ``<br>`` sets it apart from the story's text after it and it is the byline naming one
    of the page's authors ``names`` (:func:`_author_line`): "<p>Von Ada Lind<br>Die Stadt
    ..."; the line's inline nodes and its break, each with the rule's name."""
    if not names:
        return []
    line: list[HtmlElement] = []
    for child in block:
        if not isinstance(child.tag, str):
            line.append(child)
            continue
        if child.tag == "br":
            break
        if child.tag not in PHRASING_TAGS:
            return []
        line.append(child)
    else:
        return []  # no break: the block is one line, read whole by the other checks
    br = child
    text = _normal(" ".join([block.text or "", *_line_text(line)]))
    after = _normal(" ".join([br.tail or "", *_line_text(list(br.itersiblings()))]))
    if not text or not after or not _author_line(None, text, names, tuning):
        return []
    block.text = None
    for node in line:
        node.tail = None
    decisions.record(line[0] if line and isinstance(line[0].tag, str) else br, METADATA_LINE)
    return [(node, METADATA_LINE.name) for node in [*line, br]]


def _br_lines(element: HtmlElement) -> list[str]:
    """The texts of ``element`` between its line breaks (``<br>``)."""
    lines = [""]
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start" and node.tag == "br":
            lines.append("")
        elif event == "start" and isinstance(node.tag, str):
            lines[-1] += node.text or ""
        elif event == "end" and node is not element:
            lines[-1] += node.tail or ""
    return lines


def _fields_box(
    element: HtmlElement, containers: Sequence[HtmlElement], tuning: Tuning
) -> HtmlElement | None:
    """The box around ``element`` (opening the body) when it holds a line of the post's
    fields set as lines of their own, its blocks and the inline text between them each a
    field (:func:`_box_fields`): a byline's inline link beside a block with the date, a
    bare count beside loose text with the date. None when there is no such box below the
    ``containers``, or it holds a heading or more than ``metadata_line_max_chars``."""
    box = element.getparent()
    if box is None or box in containers or box.tag not in _FIELD_BOXES:
        return None
    most = tuning.metadata_line_max_chars
    raw = text_of(box)
    if len(raw) > most + _PADDING or len(_normal(raw)) > most:
        return None
    fields = _box_fields(box)
    return box if fields and _metadata_fields(fields, tuning) else None


def _box_fields(box: HtmlElement) -> list[str]:
    """The fields of ``box`` read line by line: each block child's text, and the inline
    text between them (split by :data:`METADATA_SEPARATOR`). Empty when it holds no
    block, or a heading (a title over its date is the story's section)."""
    runs = [box.text or ""]
    blocks = False
    for child in box:
        if not isinstance(child.tag, str):
            pass  # a comment: only its tail is text
        elif child.tag in HEADINGS:
            return []
        elif child.tag in BLOCK_TAGS:
            runs += [text_of(child), ""]
            blocks = True
        else:
            runs[-1] += " " + text_of(child)
        runs[-1] += " " + (child.tail or "")
    if not blocks:
        return []
    return [field for run in runs for field in _METADATA_SEPARATOR.split(_normal(run)) if field]


def _inline_fields(element: HtmlElement) -> list[str]:
    """The fields of a post's line set each in an inline element of its own, with no
    separator ("<span>Press release</span><span>2 November 2021</span>", "<a>Ada
    Lind</a> <span>May 3, 2024 @ 11:10 PM</span>"): the texts of ``element``'s children
    (normalised, split by :data:`METADATA_SEPARATOR`), when all of them are inline and no
    word stands loose between them. Empty otherwise: a sentence runs on in loose text
    ("Concert on <b>3 May 2024</b>")."""
    if _WORD.search(element.text or ""):
        return []
    fields: list[str] = []
    for child in element:
        if _WORD.search(child.tail or ""):
            return []
        if not isinstance(child.tag, str) or child.tag == "br":
            continue  # a comment, or a line break between fields
        if child.tag not in PHRASING_TAGS:
            return []
        fields += _METADATA_SEPARATOR.split(_normal(text_of(child)))
    return [field for field in fields if field]


def _byline_above_date(element: HtmlElement, after: list[HtmlElement], tuning: Tuning) -> bool:
    """True when ``element``, opening the body, is a line of names alone (:data:`NAMES_LINE`,
    at most ``metadata_field_max_words`` words, "ADA LIND") and the next block holding text
    of the body's blocks ``after`` it is a date line (:data:`METADATA_DATE`: "May 3, 2024",
    "2 hours ago") or a line of the post's fields: the byline and its date, each a line of
    its own."""
    line = collapse_space(text_of(element))
    if len(line.split()) > tuning.metadata_field_max_words or not _NAMES_LINE.fullmatch(line):
        return False
    for block in after:
        text = _normal(text_of(block))
        if text:
            return len(text) <= tuning.metadata_line_max_chars and bool(
                _METADATA_DATE.fullmatch(text) or _metadata_line(block, text, tuning)
            )
    return False


def _described_author(element: HtmlElement, text: str, names: list[str], tuning: Tuning) -> bool:
    """True when ``element``, closing the body, is (or is inside) the microdata
    ``description`` of the element marked as the page's ``author``: the author box's
    bio, a self-introduction too ("Johanna Brink, Fotografin aus ..."). Not when it
    opens with one of the author ``names`` ("Ada Lind is the author of ..."): such a
    note is judged by its words (:func:`_is_author_note`), and readers keep some.
    ``text`` is the normalised text, at most ``author_bio_max_chars``."""
    if len(text) > tuning.author_bio_max_chars or any(text.startswith(n) for n in names):
        return False
    described = False
    for node in (element, *element.iterancestors()):
        props = (node.get("itemprop") or "").split()
        if "author" in props:
            return described
        described = described or "description" in props
    return False


def _italic_pointer(element: HtmlElement, text: str, links: SiteLinks, tuning: Tuning) -> bool:
    """True when ``element``, closing the body, holds at most ``teaser_box_max_chars``
    of text, most of it (``italic_pointer_share``) in italics, its links aside (a site's
    name may stand upright among them), and a headline (``teaser_headline_words``)
    linking to another story of the site: the editor's pointer to a story of a series or
    on a related subject, set apart from the story's prose ("Originally published on
    <a>Live Science</a>" names no story but the source)."""
    if len(text) > tuning.teaser_box_max_chars or (element.text or "").strip():
        return False
    italic = sum(len(text_of(child)) for child in element if child.tag in _ITALICS)
    linked = sum(len(text_of(child)) for child in element if child.tag == "a")
    if italic < tuning.italic_pointer_share * (len(text_of(element)) - linked):
        return False
    return any(
        len(text_of(link).split()) >= tuning.teaser_headline_words
        and links.is_story(link.get("href") or "")
        for link in element.iter("a")
    )


def _italic_note(element: HtmlElement, text: str, tuning: Tuning) -> bool:
    """True when ``element``, closing the body, is set whole in italics and opens with a
    person's name (:data:`_NAME_OPENING`) saying what they do (:data:`_NOTE_AFTER_NAME`:
    "Ada Lind is the founder of ...", "Jon Berg ist Redakteur ..."): the writer's
    tagline under the story, though the page names no author. ``text`` is the element's
    normalised text, at most ``author_bio_max_chars``."""
    if len(text) > tuning.author_bio_max_chars or not text[:1].isalpha():
        return False
    if (element.text or "").strip() or len(element) != 1:
        return False
    italic = element[0]
    if italic.tag not in _ITALICS or (italic.tail or "").strip():
        return False
    match = _NAME_OPENING.match(collapse_space(text_of(italic)).lstrip())
    return match is not None and _NOTE_AFTER_NAME.match(text, match.end()) is not None


def _author_boxes(
    blocks: list[HtmlElement],
    containers: Sequence[HtmlElement],
    names: list[str],
    doomed: list[tuple[HtmlElement, str]],
    held: list[HtmlElement],
    tuning: Tuning,
) -> list[HtmlElement]:
    """The author boxes standing inside the body rather than closing it (between the
    standfirst and the story, or opening a second container): a box of a few blocks,
    all its text at most ``author_note_max_chars``, holding a note that opens with one
    of the page's author ``names`` and says what they do in journalism (a heading
    "About the author", a contact line and the author's links beside it). A paragraph
    about the writer among the story's own stands in a box with the story and stays,
    and so does a note about anyone the page does not name as its author (an
    interview's guest). Only with more than that limit of the story after the box
    (:func:`_story_after`): notes closing the body are the closing edge's, and some
    readers keep them; or when the box stands after the story's ``<article>``, outside
    it (:func:`_after_article`: a promo box may follow it and close the body). Blocks
    the edges already took (``doomed``, below ``held``) are passed over, and so is a
    box they took a part of, unless only its title (:func:`_only_title_gone`)."""
    limit = tuning.author_note_max_chars
    gone = {element for element, _name in doomed}
    initials = {name[0] for name in names}  # what a note's first letter must be
    boxes: list[HtmlElement] = []
    for index, element in enumerate(blocks):
        if element in gone or any(is_below(element, box) for box in boxes):
            continue
        raw = text_of(element)
        if len(raw) > limit + _PADDING or raw.lstrip()[:1].lower() not in initials:
            continue
        box = element.getparent()
        while box is not None and box not in containers and len(box) < 2:
            box = box.getparent()  # a wrapper holding the note alone is not its box
        if box is None or box in containers:
            continue
        text = _normal(raw)
        name = next((n for n in names if text.startswith(n)), None)
        if name is None or _NOTE_AFTER_NAME.match(text, len(name)) is None:
            continue
        if len(text) > limit or len(_normal(text_of(box))) > limit:
            continue
        if any(is_below(box, other) or is_below(other, box) for other in held):
            continue
        if not _only_title_gone(box, blocks, index, gone, tuning):
            continue
        if not _story_after(blocks, index, box, limit) and not _after_article(box, containers):
            continue  # notes closing the body are the closing edge's to judge
        boxes.append(box)
    return boxes


def _only_title_gone(
    box: HtmlElement,
    blocks: list[HtmlElement],
    index: int,
    gone: set[HtmlElement],
    tuning: Tuning,
) -> bool:
    """Whether the edges took nothing inside ``box`` but its title: short lines (at most
    ``closing_heading_max_chars``) above the note ``blocks[index]`` ("About the author"
    opening the body once the standfirst above it left the text). A box the edges
    took more of was judged by them."""
    for other in gone:
        if not is_below(other, box):
            continue
        if other not in blocks[:index]:
            return False
        if len(_normal(text_of(other))) > tuning.closing_heading_max_chars:
            return False
    return True


#: The ``<article>`` before an element, not around it.
_ARTICLE_BEFORE = etree.XPath("preceding::article[1]")


def _after_article(box: HtmlElement, containers: Sequence[HtmlElement]) -> bool:
    """Whether ``box`` stands after the ``<article>`` marking up the story, outside it,
    inside the same body container (a ``<main>`` holding the story's ``<article>``,
    then the author box, then a video's promo): the page sets the box apart from the
    story. A note inside the story's ``<article>`` is the closing edge's to judge."""
    if any(ancestor.tag == "article" for ancestor in box.iterancestors()):
        return False
    found = _ARTICLE_BEFORE(box)
    assert isinstance(found, list)
    return bool(found) and any(is_below(found[0], container) for container in containers)


def _closing_author_box(
    element: HtmlElement, containers: Sequence[HtmlElement], names: list[str], tuning: Tuning
) -> HtmlElement | None:
    """The author box closing the body around ``element`` (its last block the edge
    rules left): the largest box around it of at most ``author_note_max_chars`` that
    holds a line that is one of the page's author ``names`` and a line giving a job in
    journalism alone (:data:`_ROLE_LINE`: "Senior editor at the Harbour Times."),
    whatever else it holds (links, key fingerprints). None when there is no such box,
    or when it holds a third of the body or more (a short page signed by its author)."""
    limit = tuning.author_note_max_chars
    box = None
    size = 0
    node = element.getparent()
    while node is not None and node not in containers:
        length = len(_normal(text_of(node)))
        if length > limit:
            break
        box, size = node, length
        node = node.getparent()
    if box is None:
        return None
    lines = [_normal(text_of(el)) for el in box.iter() if el.tag.__class__ is str]
    if not any(line in names for line in lines):
        return None
    if not any(line and _ROLE_LINE.fullmatch(line) for line in lines) and not _linked_name(
        box, names, lines
    ):
        return None
    if sum(len(text_of(c)) for c in containers) < 3 * size:
        return None
    return box


def _linked_name(box: HtmlElement, names: list[str], lines: list[str]) -> bool:
    """Whether ``box`` holds a link whose whole text is one of the author ``names`` (to
    the writer's page of posts): an author box's title, which a story's closing line
    signed by its writer is not. Not when one of its ``lines`` is a sentence opening
    with the name ("Ada Lind is the author of ..."): such a note is judged by its words
    (:func:`_is_author_note`), and readers keep some."""
    if any(
        line.startswith(name) and _BIO_AFTER_NAME.match(line, len(name))
        for line in lines
        for name in names
    ):
        return False
    return any(_normal(text_of(link)) in names for link in box.iter("a"))


def _story_after(blocks: list[HtmlElement], index: int, box: HtmlElement, most: int) -> bool:
    """Whether more than ``most`` characters of the body's blocks follow ``box`` (which
    holds ``blocks[index]``): the story goes on below it."""
    after = 0
    for element in blocks[index + 1 :]:
        if is_below(element, box):
            continue
        after += len(text_of(element).strip())
        if after > most:
            return True
    return False


def _bio_copies(
    blocks: list[HtmlElement], bios: list[str], names: Sequence[str]
) -> tuple[set[HtmlElement], list[str]]:
    """The ``blocks`` anywhere in the body that copy one of the authors' ``bios``
    (:func:`_copies_bio`) without opening with one of their ``names``: a writer's
    self-introduction ("Hi, I'm Ada ...", "Als Redakteurin betreue ich ...") is the
    site's author box, wherever it stands. A note opening with the name ("Ada Lind is a
    producer for ...") goes only closing the body (some readers keep it as the story's
    last line). Also the ``bios`` the edges may read: none when the body is not more
    than twice the longest bio (an author's own profile page is that bio), and then no
    copies either."""
    longest = max(map(len, bios))
    copies: set[HtmlElement] = set()
    total = 0
    for element in blocks:
        text = _normal(text_of(element))
        total += len(text)
        if not _MIN_BIO_COPY <= len(text) <= longest + _PADDING:
            continue
        if _copies_bio(text, bios) and not any(text.startswith(name) for name in names):
            copies.add(element)
    if total <= 2 * longest:
        return set(), []
    return copies, bios


def _copies_bio(text: str, bios: list[str]) -> bool:
    """True when ``text`` (normalised) copies one of the authors' ``bios`` (normalised):
    at least ``_MIN_BIO_COPY`` characters inside a bio, or a bio's opening with at most
    ``_PADDING`` more (the writer's name before it). The page's structured data names
    that text the writer's bio, so the block is their author box, a first-person one
    too ("Als Redakteurin betreue ich ...")."""
    return len(text) >= _MIN_BIO_COPY and any(
        text in bio or (bio[:_BIO_OPENING] in text and len(text) <= len(bio) + _PADDING)
        for bio in bios
    )


def _is_bio(text: str, name: str, tuning: Tuning) -> bool:
    """True when ``text``, opening with the author's ``name``, is a personal bio: a verb
    after the name and at least ``author_bio_min_cues`` different cues of the writer's
    own life (home, family, what they love)."""
    if _BIO_AFTER_NAME.match(text, len(name)) is None:
        return False
    cues = {match.group() for match in _BIO_CUES.finditer(text)}
    return len(cues) >= tuning.author_bio_min_cues


def _inline_holder(
    empty: HtmlElement,
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
    around: dict[HtmlElement, HtmlElement | None],
) -> HtmlElement | None:
    """The nearest block around ``empty`` (a block without text) holding text, when
    that text stands in inline elements only, every block inside it empty as well: a
    rating widget's "Rate this article" in a <span> beside a <div> of empty stars. Its
    leaf blocks hold none of its text, so it is read in their stead. None when there is
    no such block below the ``containers``. ``around`` keeps the answer for each parent:
    a row of many empty blocks climbs once."""
    start = empty.getparent()
    if start in around:
        return around[start]
    around[start] = found = _find_inline_holder(start, containers, by_tag)
    return found


def _find_inline_holder(
    parent: HtmlElement | None,
    containers: Sequence[HtmlElement],
    by_tag: dict[str, tuple[Rule, ...]],
) -> HtmlElement | None:
    """:func:`_inline_holder` without the memory."""
    length = 0
    while parent is not None and parent not in containers:
        length = _inline_length(parent, by_tag)
        if length:
            break
        parent = parent.getparent()  # a box of empty boxes (a row of stars): one up
    if parent is None or length <= 0 or length > _PADDING or parent.tag not in by_tag:
        return None
    return parent


def _inline_length(box: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> int:
    """The length of ``box``'s text, or -1 when a block of the rules' tags inside it
    holds any: read child by child, it stops at the first such block (a wrapper of the
    story at its first paragraph, its whole text never counted), or once it is longer
    than any block the edge rules read."""
    length = len((box.text or "").strip())
    for child in box:
        if child.tag in by_tag:
            if words_length(child):
                return -1
        elif isinstance(child.tag, str):
            length += words_length(child)
        length += len((child.tail or "").strip())
        if length > _PADDING:
            return length  # too long to be read: the rest need not be counted
    return length


def _loose_after(
    last: HtmlElement, containers: Sequence[HtmlElement]
) -> tuple[list[HtmlElement], list[HtmlElement], list[str]]:
    """The inline text after the body's last block ``last``, up to its container, which
    no block holds: the label of a teaser's button or of a comment form ("Mehr erfahren",
    "Kommentar verfassen") in an <a> or <span> after the story's last paragraph. Returns
    ``last`` and its ancestors (their tails hold some of it), the nodes after them
    (holding the rest) and the texts in the order they read; nothing when they hold more
    than an edge rule reads."""
    chain: list[HtmlElement] = []
    inline: list[HtmlElement] = []
    texts: list[str] = []
    node = last
    while node is not None and node not in containers:
        chain.append(node)
        texts.append(node.tail or "")
        for sibling in node.itersiblings():
            inline.append(sibling)
            if isinstance(sibling.tag, str):  # a comment's text is not the page's
                texts.append(text_of(sibling))
            texts.append(sibling.tail or "")
        if sum(map(len, texts)) > _PADDING * 4:
            return [], [], []  # a long text, or its markup's indentation: not read
        node = node.getparent()
    return chain, inline, texts


def _closing_line(
    block: HtmlElement,
    by_tag: dict[str, tuple[Rule, ...]],
    matching: Callable[[str, str], list[Rule]],
) -> tuple[list[HtmlElement], list[Rule]]:
    """The nodes of the line closing ``block`` after two ``<br>``
    (:func:`_line_after_breaks`) and the edge rules of a paragraph that take it (none:
    nothing to take)."""
    line = _line_after_breaks(block, by_tag)
    text = _normal(" ".join(_line_text(line))) if line else ""
    fired = matching("p", text) if text and len(text) <= _PADDING else []
    return (line, fired) if fired else ([], [])


def _take_line(
    line: list[HtmlElement], fired: list[Rule], decisions: Decisions
) -> list[tuple[HtmlElement, str]]:
    """The nodes of ``line`` (:func:`_closing_line`), each with the first rule's name,
    their decisions recorded; their tails go with them."""
    elements = [node for node in line if node.tag != "br"]
    for rule in fired if elements else ():  # a text in tails only has no element
        decisions.record(elements[0], rule)
    for node in line:
        node.tail = None
    return [(node, fired[0].name) for node in line]


def _text_above(line: list[HtmlElement]) -> str:
    """The text of the block holding ``line`` before it (:func:`_closing_line`), as the
    edge rules read it."""
    block = line[0].getparent()
    before = list(block)[: block.index(line[0])]
    return _normal(" ".join([block.text or "", *_line_text(before)]))


def _line_after_breaks(
    block: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]
) -> list[HtmlElement]:
    """The last line of ``block`` (the body's last block holding text) set after two
    ``<br>`` in a row, below the story's own text: the two breaks and the inline nodes
    after them, which render as a block of their own ("... Partner fürs Renovieren.
    <br><br><i>Verraten Sie gerne in den Kommentaren: ...</i>"). Empty when a block of
    the rules' tags stands after the breaks, or when no text comes before them."""
    children = list(block)
    for index in range(len(children) - 1, 0, -1):
        child = children[index]
        if not isinstance(child.tag, str):
            continue
        if _holds_block(child, by_tag):
            return []
        first = children[index - 1]
        if child.tag == "br" and first.tag == "br" and not (first.tail or "").strip():
            before = (block.text or "").strip() or any(
                words_length(node) or (node.tail or "").strip() for node in children[: index - 1]
            )
            return children[index - 1 :] if before else []
    return []


def _holds_block(element: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> bool:
    """True when ``element`` is or holds a block of the edge rules' tags (a line's inline
    nodes hold none)."""
    return element.tag in by_tag or next(element.iter(*by_tag), None) is not None


def _line_text(nodes: Sequence[HtmlElement]) -> list[str]:
    """The texts of ``nodes`` (siblings) and of their tails, in the order they read; a
    comment's text is not the page's."""
    texts: list[str] = []
    for node in nodes:
        if isinstance(node.tag, str):
            texts.append(text_of(node))
        texts.append(node.tail or "")
    return texts


def _inline_before(block: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> list[HtmlElement]:
    """The inline elements right before ``block`` (a closing block the edge rules took)
    among its siblings, up to the first that is or holds a block of the rules' tags: a
    comment box's "Kommentar hinzufügen" link set between the thread and its notice,
    in no block of its own. Empty when loose text stands between them."""
    found: list[HtmlElement] = []
    for sibling in block.itersiblings(preceding=True):
        if (sibling.tail or "").strip() or not isinstance(sibling.tag, str):
            break
        if _holds_block(sibling, by_tag):
            break
        found.append(sibling)
    return found if any(words_length(node) for node in found) else []


def _text_beside(box: HtmlElement, block: HtmlElement, by_tag: dict[str, tuple[Rule, ...]]) -> str:
    """The text of ``box`` outside ``block`` (a closing block the edge rules took), when
    it stands in inline elements only: a comment form's "Kommentar verfassen" in a
    <span> above its notice. Empty when another block in ``box`` holds text, or when
    it is longer than an edge rule reads."""
    texts = [box.text or ""]
    for child in box:
        if child is not block:
            if child.tag in by_tag and words_length(child):
                return ""
            if isinstance(child.tag, str):
                texts.append(text_of(child))
        texts.append(child.tail or "")
        if sum(map(len, texts)) > _PADDING * 4:
            return ""
    return _normal(" ".join(texts))


def _normal(text: str) -> str:
    """``text`` as the edge rules read it: whitespace collapsed, lower case, straight
    apostrophes."""
    return collapse_space(text).lower().replace("’", "'")


def _leaf_blocks(
    containers: Iterable[HtmlElement], by_tag: dict[str, tuple[Rule, ...]]
) -> list[HtmlElement]:
    """The innermost blocks of the rules' tags, in document order (their text is read
    only for the few at either end). A container after the first that holds none is
    one itself: a line set beside the story and taken in as a container of its own (a
    static page's "Last modified: ..." footer)."""
    found = []
    for index, container in enumerate(containers):
        inside = [el for el in container.iter(*by_tag) if el is not container]
        if not inside and index and container.tag in by_tag:
            inside = [container]
        found += inside
    holders: set[HtmlElement] = set()
    for element in found:
        # step up with getparent(): most blocks have their parent marked already, and
        # an ancestor iterator costs more to build than that one step
        ancestor = element.getparent()
        while ancestor is not None and ancestor not in holders:
            holders.add(ancestor)
            ancestor = ancestor.getparent()
    return [element for element in found if element not in holders]
