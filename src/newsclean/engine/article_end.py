"""Where the article ends: a heading a ``Role.ENDING`` rule matches (a comment section's)
takes all after it (:func:`end_article`), run before the body is pruned. Finding that
end, and the helpers measuring the body's text before an element and cutting what
follows one, go here."""

from __future__ import annotations

from typing import Any

from ..dom.tags import HEADINGS
from ..dom.text import text_of, words_length, words_link_density
from ..dom.tree import remove_element
from ..rules.compiled import CompiledRules
from ..rules.walk import Decisions
from ..settings import Tuning
from .edge_text import first_matching
from .section_labels import LABEL_TAGS, READ_AS, read_as

HtmlElement = Any


def end_article(
    containers: list[HtmlElement], rules: CompiledRules, decisions: Decisions, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the first heading a ``Role.ENDING`` rule matches (a comment section's)
    and everything after it in its container, however long: readers' comments are
    not the story. Return what was removed, each with the rule's name. An ``h1`` or a
    span label standing as a line is read as an ``h2`` (:mod:`.section_labels`).

    It runs before the body is pruned, which may take such a heading away with the
    link-only author line under it (as a link list's heading) and leave the comments.
    A heading with less than ``ending_min_chars_before`` of the body's text before it
    is passed over: a count of comments set above the story does not end it."""
    ending = rules.ending_rules
    if not ending:
        return []
    longest = rules.ending_longest
    labels = READ_AS in ending
    tags = (*ending, *(tag for tag in LABEL_TAGS if tag not in ending)) if labels else ending
    for container in containers:
        for heading in container.iter(*tags):
            if heading is container:
                continue
            tag = heading.tag  # read once: lxml builds the string on each read
            tag = tag if tag in ending else read_as(heading)
            if tag is None:
                continue
            rule = first_matching(text_of(heading), ending[tag], longest[tag])
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
    """True unless ``heading`` is a line that is no heading (a "Show comments" button,
    a span label) with more of the body's text after it than before it, the text of
    links after it aside (a rail of teasers under the thread): such a button also sits
    in a share bar above the story, and only one closing the body opens its comments.
    A heading ends the article wherever it stands (a thread may outgrow its story). The
    text is counted with its whitespace collapsed: a comment shell's indented markup is
    no text."""
    if heading.tag in HEADINGS:  # a heading ends the article wherever it stands
        return True
    later: list[HtmlElement] = []
    node = heading
    while node.getparent() is not None and node not in containers:
        later += node.itersiblings()
        node = node.getparent()
    if node in containers:
        later += containers[containers.index(node) + 1 :]
    lengths = [words_length(element) for element in later]
    unlinked = sum(
        words * (1 - words_link_density(element, words))
        for element, words in zip(later, lengths, strict=True)
    )
    total = sum(words_length(container) for container in containers)
    return unlinked <= total - sum(lengths) - words_length(heading)


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


def under_story(box: HtmlElement, body: list[HtmlElement], tuning: Tuning) -> bool:
    """True when at least ``teaser_cards_story_ratio`` times ``box``'s text of the body
    (``body``, in order) comes before it: a card under the story, not the page's own
    opening (the one test of the card rules that read the story above a box)."""
    return body_text_before(box, body) >= tuning.teaser_cards_story_ratio * words_length(box)


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
