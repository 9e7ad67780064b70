"""Bytes or text to an lxml tree: the encoding a browser would pick (:mod:`.encoding`),
limits checked before and during parsing (:mod:`.document`, :mod:`.tag_scan`), and
pages saved as Markdown with raw HTML blocks (:mod:`.markdown_page`)."""

from .document import MAX_BYTES, MAX_NODES, MAX_PAGE_ATTRIBUTES, PARSER_MAX_DEPTH, Limits, parse

__all__ = ["MAX_BYTES", "MAX_NODES", "MAX_PAGE_ATTRIBUTES", "PARSER_MAX_DEPTH", "Limits", "parse"]
