"""A forum thread whose malformed markup nests each post in the one before (a post's
end tag missing, the parser puts the next post inside it): the body scored best is a
later post's box, and the thread's opening posts, the topic, stand in the boxes
around it. The body is the outermost box of that chain."""

from __future__ import annotations

from typing import Any

from ..dom.text import words_length
from ..settings import Tuning

HtmlElement = Any


def outermost_post(container: HtmlElement, tuning: Tuning) -> HtmlElement:
    """The outermost of the boxes like ``container`` (:func:`_twins`) that hold it one
    inside the other, each at the same depth inside the one around it (the same tags
    between) and each opening on a post of its own (:func:`_step`), when that chain,
    with the boxes nested inside ``container`` the same way, has more than
    ``nested_posts_min`` posts; else ``container``. A stack of wrappers holds no text
    of its own, and a layout's nested columns are set at other depths or after it."""
    kind = _classes(container)
    if not kind:
        return container
    chain = [container]
    step: tuple[str, ...] | None = None
    for ancestor in container.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if not _twins(ancestor, container.tag, kind):
            continue
        found = _step(ancestor, chain[-1], tuning)
        if found is None or (step is not None and found != step):
            break
        step = found
        chain.append(ancestor)
    if step is None:
        return container
    posts = len(chain)
    outer = container
    while posts <= tuning.nested_posts_min:
        inner = next(
            (e for e in outer.iterdescendants(container.tag) if _twins(e, container.tag, kind)),
            None,
        )
        if inner is None or _step(outer, inner, tuning) != step:
            return container
        posts, outer = posts + 1, inner
    return chain[-1]


def _classes(element: HtmlElement) -> frozenset[str]:
    return frozenset((element.get("class") or "").split())


def _twins(element: HtmlElement, tag: str, kind: frozenset[str]) -> bool:
    """Whether ``element`` is a box like one of ``tag`` with the classes ``kind``: the
    same tag, and the classes of one all among the other's (the first post marked as
    such by a class of its own)."""
    if element.tag != tag:
        return False
    classes = _classes(element)
    return bool(classes) and (classes <= kind or kind <= classes)


def _step(outer: HtmlElement, inner: HtmlElement, tuning: Tuning) -> tuple[str, ...] | None:
    """The tags between ``outer`` and ``inner`` inside it, when ``outer`` holds at
    least ``nested_post_min_chars`` of text before ``inner`` (the post the next one
    was nested in); else None."""
    tags: list[str] = []
    before = 0
    node = inner
    while node is not outer:
        parent = node.getparent()
        if parent is None:
            return None
        before += len((parent.text or "").strip()) + sum(
            (words_length(e) if isinstance(e.tag, str) else 0) + len((e.tail or "").strip())
            for e in node.itersiblings(preceding=True)
        )
        if parent is not outer:
            tags.append(parent.tag)
        node = parent
    return tuple(tags) if before >= tuning.nested_post_min_chars else None
