"""Give every image of the body its real address: lazy-loading attributes, ``srcset``,
``<picture>`` sources and ``<noscript>`` copies, in that order of trust."""

from __future__ import annotations

import re
from typing import Any

from ..dom.tree import remove_element
from ..urls import safe_url

HtmlElement = Any

#: Where lazy-loading scripts keep the real image address, most specific first.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src")


_SRCSET_SOURCES = ("data-srcset", "data-lazy-srcset", "srcset")


_SRCSET_ITEM = re.compile(r"\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")


def resolve_images(root: HtmlElement) -> None:
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
            remove_element(noscript, keep_space=True)  # its image is the copy of the one before it


def _lazy_source(img: HtmlElement) -> str | None:
    for name in _LAZY_SOURCES:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:") and safe_url(value) is not None:
            return value
    for name in _SRCSET_SOURCES:
        best = best_srcset_candidate(img.get(name) or "")
        if best:
            return best
    return None


def _inline_source(img: HtmlElement) -> str | None:
    """A ``data:image`` address, when nothing better stands behind it and the page shows
    it to readers: one hidden from them (``aria-hidden``, the roles ``presentation`` and
    ``none``) is a layout's sizer, no picture of the story."""
    src = (img.get("src") or "").strip()
    if not src.lower().startswith("data:image") or _hidden_from_readers(img):
        return None
    return src


def _hidden_from_readers(img: HtmlElement) -> bool:
    return img.get("aria-hidden") == "true" or img.get("role") in ("presentation", "none")


def _plain_source(img: HtmlElement) -> str | None:
    src = (img.get("src") or "").strip()
    return src if src and not _placeholder(src) and safe_url(src) is not None else None


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
        if not url or url.startswith("data:") or safe_url(url) is None:
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
