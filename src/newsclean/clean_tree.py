"""The article body as a clean element tree: an allow-list of tags and attributes.

The engine serialises the chosen body containers (:func:`snapshot`), which is
cheap and done on every extraction; the clean tree is only built from that
snapshot when ``Article.html`` or ``Article.markdown`` is first read. Cleaning
unwraps layout containers, drops everything outside the allow-list (scripts,
styles, forms, event handlers, ``javascript:`` and non-image ``data:`` URLs),
resolves lazy-loaded images and makes every URL absolute.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

import attrs
from lxml import etree

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
#: Where lazy-loading scripts keep the real image address, most specific first.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src")
_SRCSET_SOURCES = ("data-srcset", "data-lazy-srcset", "srcset")
_SRCSET_ITEM = re.compile(r"\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The attribute the engine puts on embed placeholders (iframes, videos).
EMBED_ATTRIBUTE = "data-newsclean-embed"
_BLOCKS = frozenset(
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
        "dl",
        "blockquote",
        "pre",
        "figure",
        "table",
        "hr",
    ]
)
#: Children that make a layout container a wrapper of blocks rather than a paragraph.
_BLOCK_CHILDREN = _BLOCKS | {"div", "section", "article", "main", "header", "aside", "li"}
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
        _resolve_images(source)
    _clean(source, shot)
    root.text = source.text
    for child in list(source):
        root.append(child)
    _wrap_loose_text(root)
    _drop_empty(root)
    return root


def _clean(element: HtmlElement, shot: Snapshot) -> None:
    """Clean ``element``'s descendants in place, bottom-up and without recursion
    (reversed document order visits every element before its ancestors)."""
    for child in reversed(list(element.iter())):
        if child is element:
            continue
        tag = child.tag
        if not isinstance(tag, str):
            _drop(child)  # comments and processing instructions
            continue
        if tag == "a" and child.get(EMBED_ATTRIBUTE) is not None:
            _keep_embed(child, shot.base_url)
        elif tag in KEPT_TAGS:
            if _unwanted(child, shot):
                _drop(child)
                continue
            _keep_attributes(child, shot.base_url)
            if tag == "a" and (not shot.include_links or not child.get("href")):
                _unwrap(child)
            elif tag == "img" and not child.get("src"):
                _drop(child)
        elif tag in INLINE_WRAPPERS:
            _unwrap(child)
        elif tag in UNWRAPPED_TAGS:
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in child):
                _wrap_loose_text(child)
                _unwrap(child)
            else:  # a container of inline content is a paragraph
                child.tag = "p"
                child.attrib.clear()
        else:
            _drop(child)


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
            _drop(element)


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
        _drop(element)
        return
    element.set("href", url)
    element.text = f"Embedded {kind}"


def safe_url(value: str, base: str | None, *, image: bool = False) -> str | None:
    """An absolute URL, or None for ``javascript:`` and (except images) ``data:`` URLs."""
    value = value.strip()
    if not value:
        return None
    lowered = value[:11].lower().replace(" ", "")
    if lowered.startswith(("javascript:", "vbscript:")):
        return None
    if lowered.startswith("data:"):
        return value if image and lowered.startswith("data:image") else None
    if lowered.startswith(("https://", "http://")):
        return value  # already absolute
    if base:
        try:
            return urljoin(base, value)
        except ValueError:
            return None
    return value


def _resolve_images(root: HtmlElement) -> None:
    """Give every image its real address: lazy-load attributes or ``srcset`` on the
    image, else the best ``<picture>`` source, else its ``src``, else the
    ``<noscript>`` copy after it."""
    for img in list(root.iter("img")):
        source = _lazy_source(img) or _picture_source(img) or _plain_source(img)
        source = source or _noscript_source(img) or _inline_source(img)
        if source is None:
            img.attrib.pop("src", None)
        else:
            img.set("src", source)
    for noscript in list(root.iter("noscript")):
        previous = noscript.getprevious()
        if previous is not None and previous.tag == "img" and previous.get("src"):
            _drop(noscript)  # its image is the copy of the one before it


def _lazy_source(img: HtmlElement) -> str | None:
    for name in _LAZY_SOURCES:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for name in _SRCSET_SOURCES:
        best = best_srcset_candidate(img.get(name) or "")
        if best:
            return best
    return None


def _inline_source(img: HtmlElement) -> str | None:
    """A ``data:image`` address, when nothing better stands behind it."""
    src = (img.get("src") or "").strip()
    return src if src.lower().startswith("data:image") else None


def _plain_source(img: HtmlElement) -> str | None:
    src = (img.get("src") or "").strip()
    return src if src and not _placeholder(src) else None


def _image_source(img: HtmlElement) -> str | None:
    return _lazy_source(img) or _plain_source(img)


def _picture_source(img: HtmlElement) -> str | None:
    picture = next((a for a in img.iterancestors() if a.tag == "picture"), None)
    if picture is None:
        return None
    for source in picture.iter("source"):
        best = best_srcset_candidate(source.get("srcset") or source.get("data-srcset") or "")
        if best:
            return best
    return None


def _noscript_source(img: HtmlElement) -> str | None:
    following = img.getnext()
    if following is None or following.tag != "noscript":
        return None
    inner = following.find(".//img")
    if inner is None:
        return None
    return _image_source(inner)


def best_srcset_candidate(srcset: str) -> str | None:
    """The widest (or highest-density) candidate of a ``srcset`` value."""
    best, best_size = None, -1.0
    for match in _SRCSET_ITEM.finditer(srcset):
        url = match.group(1)
        if not url or url.startswith("data:"):
            continue
        size = (
            float(match.group(2)) * (1 if match.group(3) == "w" else 1000) if match.group(2) else 1
        )
        if size > best_size:
            best, best_size = url, size
    return best


def _placeholder(src: str) -> bool:
    """A tiny inline GIF or a spacer image stands in for a lazy-loaded one."""
    lowered = src.lower()
    return lowered.startswith("data:") or "blank.gif" in lowered or "spacer.gif" in lowered


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
        if child.tag in _BLOCKS or child.tag in ("li", "dt", "dd", "figcaption", "img"):
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


def _drop(element: HtmlElement) -> None:
    """Remove ``element`` and its content, keeping its tail text."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
