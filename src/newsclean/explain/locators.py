"""Stable numbers and locators for every element of a page as parsed, so decisions can be
shown on the original page even for elements the pipeline removed."""

from __future__ import annotations

from typing import Any

HtmlElement = Any
#: element number -> (CSS path, XPath)
Locators = dict[int, tuple[str, str]]


#: The attribute holding each element's id while explaining (and in the report).
ID_ATTRIBUTE = "data-newsclean-id"


def mark_elements(root: HtmlElement) -> Locators:
    """Number every element (in document order) and return its CSS path and XPath.

    Linear in the page: each parent's children are counted by tag once, so a parent of a
    hundred thousand paragraphs costs no more per child than a parent of three.
    """
    tree = root.getroottree()
    locators: Locators = {}
    css_of: dict[HtmlElement, str] = {}
    #: parent -> tag -> (children with that tag, how many of them were seen so far)
    siblings: dict[HtmlElement, dict[str, list[int]]] = {}
    for number, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):
            continue
        element.set(ID_ATTRIBUTE, str(number))
        parent = element.getparent()
        step = _css_step(element, parent, siblings)
        css = f"{css_of[parent]} > {step}" if parent is not None and parent in css_of else step
        css_of[element] = css
        locators[number] = (css, tree.getpath(element))
    return locators


def _css_step(
    element: HtmlElement, parent: HtmlElement, siblings: dict[HtmlElement, dict[str, list[int]]]
) -> str:
    tag = str(element.tag)
    if parent is None:
        return tag
    counts = siblings.get(parent)
    if counts is None:
        counts = siblings[parent] = {}
        for child in parent:
            if isinstance(child.tag, str):
                counts.setdefault(child.tag, [0, 0])[0] += 1
    count = counts[tag]
    count[1] += 1
    return tag if count[0] == 1 else f"{tag}:nth-of-type({count[1]})"


def element_id(element: HtmlElement) -> int:
    value = element.get(ID_ATTRIBUTE)
    return int(value) if value is not None and value.isdigit() else -1
