"""Anchor targets inside section headings read as the plain words they are.

An ``<a name="...">`` without an address is where a link lands, not a link: a manual,
a long post or a recipe sets each section title as one (``<h2><a
name="steps">Method</a></h2>``) so its contents can point at it. Every measure of link
text counts the ``<a>`` alike, so such a title read as a heading made of links and went
as a link heading (or never joined the body chosen around its section). Inside an
h2-h6 the target becomes the plain box a browser shows; targets elsewhere (a box's
title over a rail of teasers, a comment prompt) stay as they are, judged as before."""

from __future__ import annotations

from typing import Any, cast

from lxml import etree

HtmlElement = Any

#: The tag a heading's anchor target takes: an inline box, as a browser lays it out.
HEADING_TARGET_TAG = "span"

#: Anchors named as a target, with no address, inside a section heading (any depth).
_HEADING_TARGETS = etree.XPath(
    "descendant::a[@name and not(@href)]"
    "[ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5 or ancestor::h6]",
    smart_strings=False,
    regexp=False,
)


def open_heading_targets(body: HtmlElement) -> None:
    """Make each anchor target without an address inside an h2-h6 below ``body`` a
    plain inline box (its name kept), so no link measure counts its words."""
    for target in cast(list[HtmlElement], _HEADING_TARGETS(body)):
        target.tag = HEADING_TARGET_TAG
