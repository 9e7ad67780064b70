"""Side columns inside the body (``search-columns``): a page whose wrapper holds the
story's column and the site's side column may have its body widened over both, when
the side column's widgets (a club's "About us" over two download lines, an archive's
pitch) read as short paragraphs. Whatever the names, such a column is known by the
site's search form at its head: a story holds no search of the site.

The column is a branch of the body beside the best-scored container (a child of one
of that container's ancestors, the container not in it) that held a search form
before the forms were stripped. It goes whole when it holds no ``h1`` (the story's
own header, beside a search box) and, outside its links (its menus and link lists
are not pruned yet), at most ``search_column_max_share`` of the container's text. A
search form inside the best-scored container, or in a branch holding more, stays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dom.text import unlinked_words, words_length
from ..dom.tree import remove_element
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning

HtmlElement = Any

#: Stands in for a rule on a side column (an engine rule, like ``buy-boxes``:
#: ``disable("search-columns")`` switches it off).
SEARCH_COLUMNS = Rule(
    "search-columns",
    Tags("div section aside nav header footer ul table td"),
    Effect.DROP,
    description="A branch of the body beside the story's container holding the site's "
    "search form: the side column the body was widened over, its widgets with it.",
)

#: How many search forms are read (a page has one or two, not thousands).
SEARCH_FORMS_READ = 10


def search_holders(forms: Sequence[HtmlElement]) -> list[HtmlElement]:
    """The box holding each search form (the form itself is stripped with its fields;
    the box stays to tell where it stood)."""
    holders = []
    for form in forms[:SEARCH_FORMS_READ]:
        parent = form.getparent()
        if parent is not None and parent.tag not in ("body", "html"):
            holders.append(parent)
    return holders


def drop_search_columns(
    containers: Sequence[HtmlElement],
    core: HtmlElement,
    holders: Sequence[HtmlElement],
    tuning: Tuning,
) -> list[tuple[HtmlElement, str]]:
    """Remove each side column of the body holding a search form (see the module's
    docstring); return what went, with the rule's name."""
    if not holders:
        return []
    lineage = _lineage(containers, core)
    if not lineage:
        return []
    most = tuning.search_column_max_share * words_length(core)
    removed: list[tuple[HtmlElement, str]] = []
    for holder in holders:
        branch = _branch(holder, core, lineage)
        if (
            branch is None
            or next(branch.iter("h1"), None) is not None
            or unlinked_words(branch) > most
        ):
            continue
        remove_element(branch)
        removed.append((branch, SEARCH_COLUMNS.name))
    return removed


def _lineage(containers: Sequence[HtmlElement], core: HtmlElement) -> set[HtmlElement]:
    """The ancestors of ``core`` up to the body container holding it (that one
    included); none when ``core`` is a container itself or in none."""
    lineage: set[HtmlElement] = set()
    for ancestor in core.iterancestors():
        lineage.add(ancestor)
        if any(ancestor is container for container in containers):
            return lineage
    return set()


def _branch(
    holder: HtmlElement, core: HtmlElement, lineage: set[HtmlElement]
) -> HtmlElement | None:
    """The child of one of ``core``'s ancestors (``lineage``) that holds ``holder``,
    when ``holder`` sits in neither ``core`` nor the lineage itself."""
    if holder is core or holder in lineage:
        return None
    below = holder
    for ancestor in holder.iterancestors():
        if ancestor is core:
            return None
        if ancestor in lineage:
            return below
        below = ancestor
    return None
