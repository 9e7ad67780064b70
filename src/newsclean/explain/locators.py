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
    """Number every element (in document order) and return its CSS path and XPath."""
    tree = root.getroottree()
    locators: Locators = {}
    css_of: dict[HtmlElement, str] = {}
    for number, element in enumerate(root.iter()):
        if not isinstance(element.tag, str):
            continue
        element.set(ID_ATTRIBUTE, str(number))
        parent = element.getparent()
        step = _css_step(element)
        css = f"{css_of[parent]} > {step}" if parent is not None and parent in css_of else step
        css_of[element] = css
        locators[number] = (css, tree.getpath(element))
    return locators


def _css_step(element: HtmlElement) -> str:
    tag = str(element.tag)
    parent = element.getparent()
    if parent is None:
        return tag
    same = [sibling for sibling in parent if sibling.tag == tag]
    if len(same) == 1:
        return tag
    return f"{tag}:nth-of-type({same.index(element) + 1})"


def element_id(element: HtmlElement) -> int:
    value = element.get(ID_ATTRIBUTE)
    return int(value) if value is not None and value.isdigit() else -1
