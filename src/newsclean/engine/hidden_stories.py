"""Hidden stories beside a notice (``hidden-story``): a page that hides its article
(``display:none``, ``hidden``) behind a paywall or a script, and shows only a notice
where it should be ("Subscribe to continue reading", a teaser line and a log-in box).

The hidden element is the story when it stands beside the headline, holds a story's
length of paragraph text and several times the largest run of paragraphs the page
shows, and its text is written nowhere else (:meth:`~.veto.Veto.reveal` checks that):
other paragraph text on the page (footers, teaser rails) may outweigh it all told, but
no visible box holds a story. It is kept, and it is the body (the notice beside it is
not)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dom.text import text_length
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a hidden story beside a notice (an engine rule, like
#: ``buy-boxes``: ``disable("hidden-story")`` leaves the story hidden, so dropped).
HIDDEN_STORY = Rule(
    "hidden-story",
    Tags("div section article main"),
    Effect.BODY,
    description="A hidden box beside the headline holding a story's length of paragraph "
    "text, several times any run of paragraphs the page shows, written nowhere else: "
    "the article a paywall or a script hides behind a notice. It is the body.",
)


def outweighing(
    body: HtmlElement,
    hidden: list[HtmlElement],
    held: list[int],
    tuning: Tuning,
    beside_headline: Callable[[HtmlElement], bool],
) -> list[HtmlElement]:
    """The ``hidden`` elements (``held``: the paragraph text of each) beside a headline
    that hold ``reveal_alone_chars`` of paragraph text and ``reveal_over_visible``
    times the largest run of visible paragraphs (see the module)."""
    sizes = dict(zip(hidden, held, strict=True))
    large = [el for el in hidden if sizes[el] >= tuning.reveal_alone_chars]
    if not large:  # most pages: their hidden elements are dialogs and menus
        return []
    least = tuning.reveal_over_visible * largest_visible_run(body, hidden)
    return [el for el in large if sizes[el] >= least and beside_headline(el)]


def largest_visible_run(body: HtmlElement, hidden: list[HtmlElement]) -> int:
    """The most paragraph text any one element of ``body`` holds in paragraphs that are
    its children or grandchildren, outside the ``hidden`` elements: the longest story
    the page shows (a paragraph wrapped in its own box still counts with its
    neighbours; the page's ``body`` is no run). A paywall's notice, a teaser line and a
    caption are short runs."""
    inside = {p for element in hidden for p in element.iter("p")}
    runs: dict[HtmlElement, int] = {}
    for paragraph in body.iter("p"):
        if paragraph in inside:
            continue
        size = text_length(paragraph)
        parent = paragraph.getparent()
        for holder in (parent, None if parent is None else parent.getparent()):
            if holder is not None and holder.tag not in ("body", "html"):
                runs[holder] = runs.get(holder, 0) + size
    return max(runs.values(), default=0)
