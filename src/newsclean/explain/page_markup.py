"""The page's markup in the explain report: an allow-list over the parsed tree, written out
by its own serializer.

The report must look like the page, so far more stays than in ``Article.html``: layout
elements, tables, ``class``, ``id``, ``style`` (through :mod:`.page_css`), and the report's
own ``data-newsclean-id``/``data-nc-*`` marks. What makes it safe is the output grammar,
not a list of dangers: every element written is on :data:`ELEMENTS`, a custom element
name, or an inert SVG shape of :data:`SVG_ELEMENTS`; every attribute is on an allow-list;
text and attribute values are escaped; nothing is written whose content a browser reads
as raw text or in another parsing mode (``script``, ``style``, ``noscript``, ``template``,
``textarea``, ``title``, ``xmp``, ``plaintext``, ``iframe``, MathML, comments). So
libxml2's tree and the tree the browser builds from the output cannot disagree in a way
that makes markup out of text. Links keep no ``href`` (the report is for looking, not
browsing); images keep only a ``data:image`` source; forms and their controls, ``meta``,
``base``, ``link``, embeds and media go; ``<math>`` becomes its text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from ..urls import is_data_image
from .page_css import filter_declarations

HtmlElement = Any
#: data-newsclean-id -> the report's class, rule and decision for that element
Marks = Mapping[str, tuple[str, str, str]]

ELEMENTS = frozenset(
    """a abbr address article aside b bdi bdo big blockquote br caption center cite code col
    colgroup data dd del details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4
    h5 h6 header hgroup hr i img ins kbd label legend li main mark menu meter nav ol p pre
    progress q rp rt ruby s samp search section small span strike strong sub summary sup
    table tbody td tfoot th thead time tr tt u ul var wbr fieldset""".split()  # noqa: SIM905
)
#: Written without an end tag.
VOID = frozenset(("br", "hr", "img", "wbr", "col"))
#: Dropped with everything inside: scripts, raw text, embeds, media, forms' controls.
DROPPED = frozenset(
    """script style noscript template iframe frame frameset object embed applet param video
    audio source track canvas map area input select textarea keygen isindex datalist option
    optgroup output button meta link base title head portal fencedframe handler noembed
    noframes xmp plaintext listing dialog slot""".split()  # noqa: SIM905
)
#: Inert SVG shapes: drawn, never fetching, never linking, never animating.
SVG_ELEMENTS = frozenset(
    "svg g path rect circle ellipse line polyline polygon text tspan".split()  # noqa: SIM905
)
_SVG_NAMES = {"viewbox": "viewBox", "preserveaspectratio": "preserveAspectRatio"}
SVG_ATTRIBUTES = frozenset(
    """viewbox preserveaspectratio d points x y x1 y1 x2 y2 cx cy r rx ry dx dy width height
    fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin
    stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity transform
    clip-rule font-size font-family font-weight text-anchor dominant-baseline class style
    visibility display""".split()  # noqa: SIM905
)
#: An SVG value the report keeps: numbers, colours, names, and calls of these functions.
_SVG_VALUE = re.compile(r"[\w\s#.,%+\-]*(?:\((?:[\w\s#.,%+\-]*)\)[\w\s#.,%+\-]*)*")
_SVG_FUNCTIONS = re.compile(r"([A-Za-z-]+)\s*\(")
_SVG_CALLS = frozenset(
    "rgb rgba hsl hsla translate rotate scale skewx skewy matrix".split()  # noqa: SIM905
)
GLOBAL_ATTRIBUTES = frozenset(
    "class id style title lang dir role hidden align valign translate".split()  # noqa: SIM905
)
ATTRIBUTES: Mapping[str, frozenset[str]] = {
    "img": frozenset(("alt", "width", "height")),
    "td": frozenset(("colspan", "rowspan", "headers", "nowrap", "width", "height", "bgcolor")),
    "th": frozenset(("colspan", "rowspan", "headers", "scope", "abbr", "nowrap", "width")),
    "table": frozenset(("border", "cellpadding", "cellspacing", "width", "bgcolor")),
    "tr": frozenset(("bgcolor", "height")),
    "col": frozenset(("span", "width")),
    "colgroup": frozenset(("span", "width")),
    "ol": frozenset(("start", "reversed", "type")),
    "ul": frozenset(("type",)),
    "li": frozenset(("value", "type")),
    "time": frozenset(("datetime",)),
    "del": frozenset(("datetime",)),
    "ins": frozenset(("datetime",)),
    "data": frozenset(("value",)),
    "details": frozenset(("open",)),
    "font": frozenset(("color", "face", "size")),
    "hr": frozenset(("size", "noshade", "width", "color")),
    "meter": frozenset(("value", "min", "max", "low", "high", "optimum")),
    "progress": frozenset(("value", "max")),
}
#: A custom element (``<bsp-header>``): inert without the page's scripts.
_CUSTOM = re.compile(r"[a-z][a-z0-9._]*-[a-z0-9._-]*")
_RESERVED_CUSTOM = frozenset(
    """annotation-xml color-profile font-face font-face-src font-face-uri font-face-format
    font-face-name missing-glyph""".split()  # noqa: SIM905
)
_DATA_ATTRIBUTE = re.compile(r"data-[a-z0-9_.-]+")
#: Attribute and class names the report writes itself: a page's own are dropped.
_OWN_PREFIXES = ("nc-", "data-nc-", "data-newsclean-")
_SPACES = re.compile(r"\s+")

_DROP, _UNWRAP, _TEXT = 0, 1, 2


def _escape(text: str | None) -> str:
    return html.escape(text, quote=False) if text else ""


class _Writer:
    """Writes the allowed part of a tree as HTML."""

    def __init__(self, marks: Marks, id_attribute: str) -> None:
        self.marks = marks
        self.id_attribute = id_attribute
        self.out: list[str] = []

    def attributes(self, element: HtmlElement, tag: str, svg: bool) -> str:
        """The element's allowed attributes, with the report's marks, written out."""
        allowed = ATTRIBUTES.get(tag, frozenset())
        kept: dict[str, str] = {}
        for raw, value in element.items():
            name = str(raw).lower()
            if name.startswith(_OWN_PREFIXES):
                continue
            if svg:
                if name in SVG_ATTRIBUTES and _svg_value(name, value):
                    kept[_SVG_NAMES.get(name, name)] = value
            elif name in GLOBAL_ATTRIBUTES or name in allowed or _DATA_ATTRIBUTE.fullmatch(name):
                kept[name] = value
        if tag == "img":
            source = element.get("src") or ""
            if is_data_image(source):
                kept["src"] = source
        return self._with_marks(element, kept)

    def _with_marks(self, element: HtmlElement, kept: dict[str, str]) -> str:
        classes = [c for c in _SPACES.split(kept.pop("class", "")) if c]
        classes = [c for c in classes if not c.lower().startswith("nc-")]
        if kept.get("id", "").lower().startswith(_OWN_PREFIXES):
            del kept["id"]
        if "style" in kept:
            kept["style"] = filter_declarations(kept["style"])
        number = element.get(self.id_attribute)
        if number is not None and number.isdigit():
            kept[self.id_attribute] = number
            mark = self.marks.get(number)
            if mark is not None:
                classes.append(mark[0])
                kept["data-nc-rule"], kept["data-nc-decision"] = mark[1], mark[2]
        if classes:
            kept["class"] = " ".join(classes)
        return "".join(f' {name}="{html.escape(value)}"' for name, value in kept.items())

    def write(self, children: list[HtmlElement], svg: bool = False) -> None:
        """Write ``children`` and everything below them, without recursion (a page may
        nest 2,048 deep): a stack of elements to open and of text to write after them."""
        stack: list[tuple[HtmlElement, bool] | str] = [(c, svg) for c in reversed(children)]
        out = self.out
        while stack:
            entry = stack.pop()
            if isinstance(entry, str):
                out.append(entry)
                continue
            element, in_svg = entry
            tail = _escape(element.tail)
            tag, action = _decide(element, in_svg)
            if action == _DROP:
                out.append(tail)
                continue
            if action == _TEXT:
                text = _escape(" ".join("".join(element.itertext()).split()))
                out.append(f"<span>{text}</span>{tail}")
                continue
            inside_svg = in_svg or tag == "svg"
            if action == _UNWRAP:
                out.append(_escape(element.text))
                stack.append(tail)
            else:
                out.append(f"<{tag}{self.attributes(element, tag, inside_svg)}>")
                if tag in VOID:
                    out.append(tail)
                    continue
                out.append(_escape(element.text))
                stack.append(f"</{tag}>{tail}")
            stack.extend((c, inside_svg) for c in reversed(element))


def _decide(element: HtmlElement, svg: bool) -> tuple[str, int | None]:
    """The element's tag as written and what becomes of it (None: written as it is)."""
    raw = element.tag
    if not isinstance(raw, str):
        return "", _DROP  # a comment or processing instruction: only its tail stays
    tag = raw.lower()
    if svg:
        if tag == "a":
            return tag, _UNWRAP  # a link around shapes: the shapes stay, the link goes
        return (tag, None) if tag in SVG_ELEMENTS and tag != "svg" else (tag, _DROP)
    if tag in DROPPED:
        return tag, _DROP
    if tag == "svg":
        return tag, None
    if tag == "math":
        return tag, _TEXT
    if tag in ELEMENTS or (
        _CUSTOM.fullmatch(tag) and tag not in _RESERVED_CUSTOM and not tag.startswith("nc-")
    ):
        return tag, None
    return tag, _UNWRAP  # form, an unknown or misspelt tag: its content stays


def _svg_value(name: str, value: str) -> bool:
    """True for an SVG attribute value that names nothing: no ``url()``, no escape."""
    if name in ("class", "style"):
        return True
    if not _SVG_VALUE.fullmatch(value):
        return False
    return all(call.lower() in _SVG_CALLS for call in _SVG_FUNCTIONS.findall(value))


def page_markup(element: HtmlElement, marks: Marks, id_attribute: str) -> tuple[str, str]:
    """``element``'s allowed attributes and its allowed content, each written out."""
    writer = _Writer(marks, id_attribute)
    writer.write(list(element))
    return writer.attributes(element, "body", False), "".join(writer.out)


def page_attributes(element: HtmlElement, marks: Marks, id_attribute: str) -> str:
    """``element``'s allowed attributes written out (for ``<html>``: its content is not
    written as the page's)."""
    return _Writer(marks, id_attribute).attributes(element, "html", False)
