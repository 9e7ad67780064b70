"""Side columns inside the body (``side-columns``): a page setting its story's column
and the site's side column in a row may have its body widened over both, when the
side column's widgets (a blog's "About me" with its bio, "About the blog", a
newsletter's pitch over a sign-up) read as short paragraphs. Where the page names or
marks nothing (no ``<aside>``, no class a rule knows, no search form for
``search-columns``), the column is known by its place and its make.

Its place: a row (an ancestor of the best-scored container, up to the body container)
holding the story's branch, holding the page's ``h1``, and after it the side column,
holding none (or two at least: a theme titling every widget with one), in one box or
several (the writer's box beside a list of posts), with nothing but a menu before the
branch (``side_column_menu_links`` of its text in links). A feed of the site's news in
it goes first (:mod:`.side_feeds`). Its make: widgets under their titles (at least one
``h2`` to ``h6``, over each box holding more than a line of ``side_column_line_chars``
outside its links, unless the writer's name opens it), together at most
``side_column_max_share`` of the story branch's text outside links (a story going on
in a box of its own holds more; many short widgets, each under its title, may hold up
to ``side_column_titled_share``), at most
``side_column_max_prose`` paragraphs of ``page_footer_prose_chars`` or more (a bio's
one; a blogger's introduction of themselves is not counted), and fewer than
``side_column_min_dates`` date lines (readers' comments, after the story and as short,
each carry one; so does a stream of news). A product's description
(no titles) or a story's further section (longer) stays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.tags import BLOCK_TAGS, SECTION_HEADINGS
from ..dom.text import collapse_space, text_of, unlinked_words, words_length, words_link_density
from ..dom.tree import is_below, remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .closing_bios import self_introduction
from .date_lines import is_short_date_line
from .edge_text import normal_text
from .page_footers import long_paragraphs
from .side_feeds import side_feeds
from .widget_labels import alike_labels

HtmlElement = Any

#: Stands in for a rule on a side column (an engine rule, like ``search-columns``:
#: ``disable("side-columns")`` switches it off).
SIDE_COLUMNS = Rule(
    "side-columns",
    Tags("div section aside ul table td"),
    Effect.DROP,
    description="The boxes after the story's branch in its row, under titles (or the "
    "writer's name), short against the story and undated: the side column the body was "
    "widened over.",
)

#: The titles a widget opens with (the story's own is the ``h1``).
_TITLES = tuple(sorted(SECTION_HEADINGS))


def drop_side_columns(
    containers: Sequence[HtmlElement],
    core: HtmlElement,
    tuning: Tuning,
    authors: Sequence[str] = (),
) -> list[tuple[HtmlElement, str]]:
    """Remove the side columns beside the story's branch (see the module's docstring),
    at each level from ``core`` up to the body container; return what went. Levels
    whose branch holds no ``h1`` are passed unread, and only the boxes beside the
    branch are measured (each level's lie apart from the others'). A box opening with
    the name of one of the page's ``authors`` is the writer's, titled by that name."""
    names = [name for name in map(normal_text, authors) if name]
    removed: list[tuple[HtmlElement, str]] = []
    branch = core
    headed = next(core.iter("h1"), None) is not None
    for row in core.iterancestors():
        sides = _sides_of(branch, tuning) if headed else []
        if sides:
            for feed in side_feeds(sides, tuning):
                remove_element(feed)
                removed.append((feed, SIDE_COLUMNS.name))
            sides = [side for side in sides if _texted(side)]
        if sides and _side_like(sides, branch, names, tuning):
            for side in sides:
                remove_element(side)
                removed.append((side, SIDE_COLUMNS.name))
        if row.tag == "body" or any(row is container for container in containers):
            break
        headed = headed or any(next(box.iter("h1"), None) is not None for box in _beside(branch))
        branch = row
    return removed


def _beside(branch: HtmlElement) -> list[HtmlElement]:
    """The elements beside ``branch`` in its parent."""
    parent = branch.getparent()
    if parent is None:
        return []
    return [child for child in parent if isinstance(child.tag, str) and child is not branch]


def _sides_of(branch: HtmlElement, tuning: Tuning) -> list[HtmlElement]:
    """The boxes of text after ``branch`` (the side column, perhaps in several boxes: an
    author's box beside a list of posts), none when a box before it is more than a menu
    (``side_column_menu_links`` of its text in links: a side column before the story) or
    when words stand loose after it, outside any box (a line of the story's text)."""
    for box in branch.itersiblings(preceding=True):
        if _texted(box) and not _menu(box, tuning):
            return []
    sides: list[HtmlElement] = []
    for box in (branch, *branch.itersiblings()):
        if box.tail and collapse_space(box.tail):  # a layout hint (a stray BOM) is no word
            return []
        if box is branch or not _texted(box):
            continue
        if next(box.iter(*BLOCK_TAGS), None) is None:
            return []  # a bold line, a link: words of a line, no box
        sides.append(box)
    return sides


def _menu(box: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``box`` holds ``side_column_menu_links`` of its text in links."""
    words = words_length(box)
    return words_link_density(box, words) >= tuning.side_column_menu_links


def _texted(box: HtmlElement) -> bool:
    """Whether ``box`` is an element holding text (not a comment, not an empty box):
    read up to its first word, not measured whole."""
    return isinstance(box.tag, str) and any(not text.isspace() for text in box.itertext())


def _side_like(
    sides: list[HtmlElement], branch: HtmlElement, names: list[str], tuning: Tuning
) -> bool:
    """Whether ``sides`` read as the site's column beside the story's ``branch`` (which
    holds the ``h1``): no ``h1``, a title (a heading, or a line set alike as widgets'
    titles are: :func:`.widget_labels.alike_labels`) over each box holding more than a
    line outside its links (or the writer's name opening it: :func:`_writers`), little
    text together, one long paragraph at most, no run of date lines, none of the
    story's notes."""
    words = 0.0
    titled = False
    untitled: list[HtmlElement] = []
    if not _h1_titles(sides, branch):
        return False
    for side in sides:
        own = unlinked_words(side)
        title = next(side.iter(*_TITLES, "h1"), None) is not None
        if own > tuning.side_column_line_chars and not title:
            untitled.append(side)
        words += own
        titled = titled or title
    story = unlinked_words(branch)
    labels: list[HtmlElement] = []
    if untitled or not titled or words > tuning.side_column_max_share * story:
        labels = alike_labels(sides, tuning)  # read only when headings are not enough
        untitled = [side for side in untitled if not any(is_below(x, side) for x in labels)]
        titled = titled or bool(labels)
    if words > tuning.side_column_max_share * story and not _many_widgets(
        sides, words, story, len(labels), tuning
    ):
        return False
    if untitled and not all(_writers(side, names) for side in untitled):
        return False
    if not titled and not untitled:
        return False
    if (
        long_paragraphs(sides, tuning) - _introductions(sides, tuning)
        > tuning.side_column_max_prose
    ):
        return False
    if _dated(sides, tuning.side_column_min_dates):
        return False
    return not any(_notes(side, tuning) for side in sides)


def _introductions(sides: list[HtmlElement], tuning: Tuning) -> int:
    """How many paragraphs of ``page_footer_prose_chars`` or more in ``sides`` are the
    blogger's introduction of themselves (:func:`.closing_bios.self_introduction`):
    the "About me" widget, counted apart from the prose a column may hold."""
    least = tuning.page_footer_prose_chars
    return sum(
        1
        for side in sides
        for paragraph in side.iter("p")
        if words_length(paragraph) >= least
        and self_introduction(collapse_space(text_of(paragraph)))
    )


def _many_widgets(
    sides: list[HtmlElement], words: float, story: float, labels: int, tuning: Tuning
) -> bool:
    """Whether ``sides`` (``words`` outside links together) are many short widgets, each
    under its title (a heading, or one of ``labels`` set alike: :func:`alike_labels`):
    at least ``side_column_many_titles`` titles over
    ``side_column_title_words`` each at most on average, at most
    ``side_column_titled_share`` of the ``story`` branch's text. Such a column may
    outweigh a short story; a story's further part runs on under a heading or two."""
    if words > tuning.side_column_titled_share * story:
        return False
    titles = labels + sum(1 for side in sides for _ in side.iter(*_TITLES, "h1"))
    return titles >= tuning.side_column_many_titles and (
        words <= titles * tuning.side_column_title_words
    )


def _h1_titles(sides: list[HtmlElement], branch: HtmlElement) -> bool:
    """Whether the ``h1``s in ``sides`` (none is fine) are widgets' titles: at least two
    of them, the story's ``h1`` in ``branch`` before them (a theme setting every title
    as an ``h1``). One is another story's headline."""
    count = 0
    for side in sides:
        count += sum(1 for _ in side.iter("h1"))
    return count == 0 or (count >= 2 and next(branch.iter("h1"), None) is not None)


def _notes(side: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``side`` holds an ordered list mostly outside links (at most
    ``side_column_notes_links`` of its text in them) and undated: the story's footnotes
    or steps, not a widget's list of posts (their headlines are links) nor a reader's
    comment (dated)."""
    for listing in side.iter("ol"):
        words = words_length(listing)
        if not words or words_link_density(listing, words) > tuning.side_column_notes_links:
            continue
        if not _dated([listing], 1):
            return True
    return False


def _writers(side: HtmlElement, names: list[str]) -> bool:
    """Whether ``side`` opens with one of the authors' ``names`` (normalised): the
    writer's box ("Ada Lind is a reporter ...", "Ada Lind 300 posts"), their name its
    title. Read only for a box under no title, as short as the column is."""
    if not names:
        return False
    text = normal_text(text_of(side))
    return any(text.startswith(name) for name in names)


def _dated(sides: list[HtmlElement], least: int) -> bool:
    """Whether ``sides`` hold ``least`` date lines together (a ``<time>`` or a short
    line of its own text, no child, holding a date): readers' comments or a stream of
    news (``side_column_min_dates``), not widgets. Own text only: nothing is serialised."""
    found = 0
    for element in (element for side in sides for element in side.iter()):
        if element.tag != "time":
            if len(element) or not isinstance(element.tag, str):
                continue
            if not is_short_date_line(element.text or ""):
                continue
        found += 1
        if found >= least:
            return True
    return False
