"""The block-tag vocabulary: one list of HTML's block elements and the named subsets
each stage uses, so that the stages agree on what a block is."""

from __future__ import annotations

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: The headings that open a section or a teaser (the page's own title is its ``h1``).
SECTION_HEADINGS = HEADINGS - {"h1"}
#: Elements whose text a browser does not show (code, styles, fallbacks, templates).
UNSHOWN_TAGS = frozenset(("script", "style", "noscript", "template"))
#: Elements that start a new block of text (HTML's block-level elements).
BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "center", "dd", "details"),
        *("dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *HEADINGS,
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"),
        *("table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend"),
    )
)
#: Elements that start a new line of text: the blocks and the line break.
LINE_BREAKS = BLOCK_TAGS | {"br"}
#: Inline elements that may hold words of a running sentence, one inside another
#: ("<u><a><span>"): what the text before or after a phrase may sit in.
PHRASING_TAGS = frozenset(
    (
        *("a", "span", "strong", "b", "em", "i", "time", "font", "small", "big", "abbr"),
        *("u", "s", "mark", "sup", "sub", "q", "cite"),
    )
)
#: The blocks of the clean output tree (``Article.html`` and ``Article.markdown``): every
#: other container is unwrapped into these.
OUTPUT_BLOCKS = frozenset(
    ("p", *HEADINGS, "ul", "ol", "dl", "blockquote", "pre", "figure", "table", "hr")
)
#: Tags that a page saved as Markdown writes on lines of their own: the blocks, plus the
#: raw and embedded content that CommonMark also reads as an HTML block.
MARKDOWN_HTML_BLOCKS = (BLOCK_TAGS - {"caption", "legend"}) | frozenset(
    (
        *("head", "html", "iframe", "menu", "noscript", "script", "style", "td", "th"),
        *("video", "audio", "picture", "source", "template", "svg"),
    )
)

assert OUTPUT_BLOCKS <= BLOCK_TAGS


def custom_tag(tag: object) -> bool:
    """True for a custom element's name (``x-card``): the HTML standard gives every
    one a hyphen, and no standard element has one; a comment's tag is no name."""
    return isinstance(tag, str) and "-" in tag
