"""Side columns inside the body (``side-columns``): a page setting its story's column
and the site's side column in a row may have its body widened over both, when the
side column's widgets (a blog's "About me" with its bio, "About the blog", a
newsletter's pitch over a sign-up) read as short paragraphs. Where the page names or
marks nothing (no ``<aside>``, no class a rule knows, no search form for
``search-columns``), the column is known by its place and its make.

Its place: a row (an ancestor of the best-scored container, up to the body container)
holding two boxes of text, the story's branch first, holding the page's ``h1``, and
the side column after it, holding none. Its make: widgets under their titles (at
least one ``h2`` to ``h6``), at most ``side_column_max_share`` of the story branch's
text outside links (a story going on in a box of its own holds more), at most
``side_column_max_prose`` paragraphs of ``page_footer_prose_chars`` or more (a bio's
one), and fewer than
``side_column_min_dates`` date lines (readers' comments, after the story and as short,
each carry one; so does a stream of news). A product's description (no titles) or a
story's further section (longer) stays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.tags import SECTION_HEADINGS
from ..dom.text import unlinked_words
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from .comment_lists import is_short_date_line
from .page_footers import long_paragraphs

HtmlElement = Any

#: Stands in for a rule on a side column (an engine rule, like ``search-columns``:
#: ``disable("side-columns")`` switches it off).
SIDE_COLUMNS = Rule(
    "side-columns",
    Tags("div section aside ul table td"),
    Effect.DROP,
    description="The box after the story's branch in a row of two, under titles, short "
    "against the story and undated: the side column the body was widened over.",
)

#: The titles a widget opens with (the story's own is the ``h1``).
_TITLES = tuple(sorted(SECTION_HEADINGS))


def drop_side_columns(
    containers: Sequence[HtmlElement], core: HtmlElement, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the side columns beside the story's branch (see the module's docstring),
    at each level from ``core`` up to the body container; return what went. Levels
    whose branch holds no ``h1`` are passed unread, and only the boxes beside the
    branch are measured (each level's lie apart from the others')."""
    removed: list[tuple[HtmlElement, str]] = []
    branch = core
    headed = next(core.iter("h1"), None) is not None
    for row in core.iterancestors():
        side = _side_of(branch) if headed else None
        if side is not None and _side_like(side, branch, tuning):
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


def _side_of(branch: HtmlElement) -> HtmlElement | None:
    """The box after ``branch`` when its parent holds no other box of text."""
    if any(_texted(box) for box in branch.itersiblings(preceding=True)):
        return None
    boxes = [box for box in branch.itersiblings() if _texted(box)]
    return boxes[0] if len(boxes) == 1 else None


def _texted(box: HtmlElement) -> bool:
    """Whether ``box`` is an element holding text (not a comment, not an empty box):
    read up to its first word, not measured whole."""
    return isinstance(box.tag, str) and any(not text.isspace() for text in box.itertext())


def _side_like(side: HtmlElement, branch: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``side`` reads as the site's column beside the story's ``branch`` (which
    holds the ``h1``): none in ``side``, titles, little text, one long paragraph at
    most, no run of date lines."""
    if next(side.iter("h1"), None) is not None or next(side.iter(*_TITLES), None) is None:
        return False
    if long_paragraphs([side], tuning) > tuning.side_column_max_prose:
        return False
    if unlinked_words(side) > tuning.side_column_max_share * unlinked_words(branch):
        return False
    return not _dated(side, tuning)


def _dated(side: HtmlElement, tuning: Tuning) -> bool:
    """Whether ``side`` holds ``side_column_min_dates`` date lines (a ``<time>`` or a
    short line of its own text, no child, holding a date): readers' comments or a
    stream of news, not widgets. Own text only: nothing is serialised."""
    found = 0
    for element in side.iter():
        if element.tag != "time":
            if len(element) or not isinstance(element.tag, str):
                continue
            if not is_short_date_line(element.text or ""):
                continue
        found += 1
        if found >= tuning.side_column_min_dates:
            return True
    return False
