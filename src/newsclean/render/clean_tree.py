"""The article body as a clean element tree: an allow-list of tags and attributes.

The engine serialises the chosen body containers (:func:`snapshot`), which is
cheap and done on every extraction; the clean tree is only built from that
snapshot when ``Article.html`` or ``Article.markdown`` is first read. Cleaning
unwraps layout containers, drops everything outside the allow-list (scripts,
styles, forms, event handlers, and every URL :mod:`newsclean.urls` refuses: a refused
link keeps its text, a refused image goes), resolves lazy-loaded images and makes every
URL absolute.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from lxml import etree

from ..dom.tags import OUTPUT_BLOCKS, custom_tag
from ..dom.tree import remove_element
from ..urls import safe_url
from .images import resolve_images

HtmlElement = Any

#: Tags kept as they are (with the attributes listed for them below).
KEPT_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "code",
        "br",
        "hr",
        "em",
        "i",
        "strong",
        "b",
        "u",
        "s",
        "sub",
        "sup",
        "mark",
        "small",
        "a",
        "img",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
        "abbr",
        "cite",
        "q",
        "time",
        "del",
        "ins",
        "kbd",
        "samp",
        "var",
    ]
)
#: Layout containers: their children are kept, the container itself is not.
UNWRAPPED_TAGS = frozenset(
    [
        "div",
        "section",
        "article",
        "main",
        "header",
        "span",
        "font",
        "center",
        "body",
        "html",
        "aside",
        "picture",
        "noscript",
        "details",
        "summary",
        "label",
        "nav",
        "footer",
        "address",
    ]
)
_ATTRIBUTES = {
    "a": ("href", "title"),
    "img": ("src", "alt", "title", "width", "height"),
    "td": ("colspan", "rowspan"),
    "th": ("colspan", "rowspan", "scope"),
    "time": ("datetime",),
    "abbr": ("title",),
    "ol": ("start",),
    "q": ("cite",),
    "blockquote": ("cite",),
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The attribute the engine puts on embed placeholders (iframes, videos).
EMBED_ATTRIBUTE = "data-newsclean-embed"
#: Children that make a layout container a wrapper of blocks rather than a paragraph.
_BLOCK_CHILDREN = OUTPUT_BLOCKS | {"div", "section", "article", "main", "header", "aside", "li"}
#: ``source`` too: libxml2 does not know it is empty and may nest the ``img`` in it.
INLINE_WRAPPERS = frozenset(("span", "font", "label", "picture", "noscript", "source"))
_EMPTY_DROPPABLE = (
    "p",
    "figure",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "table",
    "a",
    "em",
    "strong",
    "b",
    "i",
)


@attrs.frozen
class Snapshot:
    """The serialised body containers and what cleaning them needs."""

    html: str = ""
    base_url: str | None = None
    include_links: bool = True
    include_images: bool = False
    include_tables: bool = True
    include_captions: bool = False
    #: the heading to put above the body (``include_title``), or None
    title: str | None = None


def snapshot(containers: list[HtmlElement], **options: Any) -> Snapshot:
    """Serialise ``containers`` (in C, before text rendering marks them up)."""
    parts = [
        etree.tostring(c, method="html", encoding="unicode", with_tail=False) for c in containers
    ]
    return Snapshot(html="".join(parts), **options)


def clean_tree(shot: Snapshot) -> HtmlElement:
    """A ``<div>`` holding the cleaned article body."""
    root = etree.Element("div")
    if not shot.html:
        return root
    markup = _NOT_XML.sub("", shot.html)  # lxml refuses to set such text later
    fragment = etree.fromstring(f"<div>{markup}</div>", etree.HTMLParser())
    source = fragment.find(".//body/div")
    if source is None:
        return root
    if shot.include_images:
        resolve_images(source)
    _clean(source, shot)
    root.text = source.text
    for child in list(source):
        root.append(child)
    _wrap_loose_text(root)
    _drop_empty(root)
    if shot.title and len(root):
        _add_heading(root, shot.title)
    return root


def _add_heading(root: HtmlElement, title: str) -> None:
    """The title as an ``h1`` above the body, unless the body already opens with it."""
    first = root[0]
    if first.tag in ("h1", "h2") and " ".join("".join(first.itertext()).split()) == title:
        return
    heading = etree.Element("h1")
    heading.text = _NOT_XML.sub("", title)
    root.insert(0, heading)


def _clean(element: HtmlElement, shot: Snapshot) -> None:
    """Clean ``element``'s descendants in place, bottom-up and without recursion
    (reversed document order visits every element before its ancestors)."""
    for child in reversed(list(element.iter())):
        if child is element:
            continue
        tag = child.tag
        if not isinstance(tag, str):
            remove_element(child, keep_space=True)  # comments and processing instructions
            continue
        if tag == "a" and child.get(EMBED_ATTRIBUTE) is not None:
            _keep_embed(child, shot.base_url)
        elif tag in KEPT_TAGS:
            if _unwanted(child, shot):
                remove_element(child, keep_space=True)
                continue
            _keep_attributes(child, shot.base_url)
            if tag == "a" and (not shot.include_links or not child.get("href")):
                _unwrap(child)
            elif tag == "img" and not child.get("src"):
                remove_element(child, keep_space=True)
        elif tag in INLINE_WRAPPERS or custom_tag(tag):
            _unwrap(child)  # a custom element's text is read in its line, as .text does
        elif tag in UNWRAPPED_TAGS:
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in child):
                _wrap_loose_text(child)
                _unwrap(child)
            else:  # a container of inline content is a paragraph
                child.tag = "p"
                child.attrib.clear()
        else:
            remove_element(child, keep_space=True)


def _unwanted(element: HtmlElement, shot: Snapshot) -> bool:
    tag = element.tag
    if tag == "img":
        return not shot.include_images
    if tag == "table":
        return not shot.include_tables
    if tag == "figcaption":
        return not shot.include_captions
    return False


def _drop_empty(root: HtmlElement) -> None:
    """Blocks left without text or images (an image-less figure, an empty paragraph)."""
    for element in reversed(list(root.iter(*_EMPTY_DROPPABLE))):
        text = element.text
        if element is root or (text and not text.isspace()):
            continue
        if "".join(element.itertext()).strip():
            continue
        if element.tag != "img" and element.find(".//img") is None:
            remove_element(element, keep_space=True)


def _keep_attributes(element: HtmlElement, base: str | None) -> None:
    if not len(element.attrib):
        return
    allowed = _ATTRIBUTES.get(element.tag, ())
    # rebuilt rather than deleted one by one: lxml refuses to delete oddly named ones
    kept = {name: element.get(name) for name in allowed if element.get(name) is not None}
    element.attrib.clear()
    for name, value in kept.items():
        if name in ("href", "src", "cite"):
            value = safe_url(value, base, image=element.tag == "img" and name == "src")
        if value is not None:
            element.set(name, value)


def _keep_embed(element: HtmlElement, base: str | None) -> None:
    url = safe_url(element.get("href") or "", base)
    kind = element.get(EMBED_ATTRIBUTE) or "embed"
    element.attrib.clear()
    if url is None:
        remove_element(element, keep_space=True)
        return
    element.set("href", url)
    element.text = f"Embedded {kind}"


def _wrap_loose_text(root: HtmlElement) -> None:
    """Text left directly in the root (from unwrapped containers) becomes paragraphs."""
    pieces: list[HtmlElement] = []
    text = root.text
    root.text = None
    if text and text.strip():
        paragraph = etree.Element("p")
        paragraph.text = text.strip()
        pieces.append(paragraph)
    current: HtmlElement | None = None
    for child in list(root):
        tail = child.tail
        child.tail = None
        root.remove(child)
        if child.tag in OUTPUT_BLOCKS or child.tag in ("li", "dt", "dd", "figcaption", "img"):
            current = None
            pieces.append(child)
        elif child.tag == "br":
            current = None
        else:
            if current is None:
                current = etree.Element("p")
                pieces.append(current)
            current.append(child)
        if tail and tail.strip():
            if current is None:
                current = etree.Element("p")
                pieces.append(current)
            if len(current):
                last = current[-1]
                last.tail = (last.tail or "") + tail
            else:
                current.text = (current.text or "") + tail
    for piece in pieces:
        root.append(piece)


def _unwrap(element: HtmlElement) -> None:
    """Replace ``element`` by its children and text, in time linear in its children
    (no index lookups: a body may hold a hundred thousand paragraphs)."""
    parent = element.getparent()
    if parent is None:
        return
    text = element.text or ""
    tail = element.tail or ""
    previous = element.getprevious()
    if text:
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    element.text = None
    element.tail = None
    anchor = element
    last = previous
    for child in list(element):
        anchor.addnext(child)  # moves the child with its tail
        anchor = last = child
    parent.remove(element)
    if tail:
        if last is not None:
            last.tail = (last.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
