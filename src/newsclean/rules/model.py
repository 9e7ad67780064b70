"""Rules: small named objects saying what they match and what that means.

A rule matches elements in one of three ways (a CSS selector compiled once to
XPath, a regular expression over class/id-like attributes, or a Python
predicate: the matchers of :mod:`.matchers`) and has one effect: drop the element
as boilerplate, mark it as the article body, or add a number to its score.
"""

from __future__ import annotations

import enum

import attrs

from .matchers import Css, Matcher, Text, XPath


class Effect(enum.Enum):
    """What a rule does to the elements it matches."""

    DROP = "drop"  #: remove the element and its subtree as boilerplate
    BODY = "body"  #: mark the element as (part of) the article body
    LEAD = "lead"  #: mark a standfirst/summary that precedes the body as part of it
    SCORE = "score"  #: add ``Rule.weight`` to the element's score
    TITLE = "title"  #: the element's text is the article's title (selector rules only)
    AUTHOR = "author"  #: the element's text names the article's authors (selector rules only)
    DATE = "date"  #: the element holds the publication date (selector rules only)


class Role(enum.Enum):
    """What a rule's matches are to a feature beyond the body: features find their
    elements by role, so a user's own rule with the role serves the feature too."""

    #: the elements are the page's reader-comment sections (``Article.comments``)
    COMMENTS = "comments"
    #: the elements are image captions and credits, kept with ``include_captions=True``
    CAPTION = "caption"
    #: the elements are hidden from readers: removed even around a body marker, unless
    #: they hold the page's only copy of the article (a page a script reveals)
    HIDDEN = "hidden"
    #: the element (a heading near the body's end) opens a closing section that is
    #: not the story, such as an appeal for members: with ``at_edges`` text rules it
    #: goes with everything after it, when that is short (``closing_section_max_chars``)
    CLOSING = "closing"
    #: the element (a heading in the body, such as a comment section's) ends the
    #: article: with ``at_edges`` text rules it goes with everything after it in its
    #: container, however long, once some of the story comes before it
    #: (``ending_min_chars_before``)
    ENDING = "ending"
    #: the element (a short label inside the body) goes only with others of the same
    #: rule in one small box: at least ``grouped_min_labels`` different texts in an
    #: element of at most ``grouped_box_max_chars`` (a video player's control bar and
    #: menus: "Mute", "Playback Rate", "Captions", "Font Size"); alone it stays
    GROUPED = "grouped"


#: Effects that set a metadata field instead of deciding about the body.
METADATA_EFFECTS = frozenset((Effect.TITLE, Effect.AUTHOR, Effect.DATE))


def _check_weight(instance: Rule, attribute: attrs.Attribute[float], value: float) -> None:
    if instance.effect is Effect.SCORE and value == 0:
        raise ValueError(f"rule {instance.name!r}: a SCORE rule needs a non-zero weight")


def normalise_domain(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower().lstrip(".")
    if value.startswith("www."):
        value = value[4:]
    return value or None


def _optional_role(value: Role | str | None) -> Role | None:
    return None if value is None else Role(value)


def _to_matcher(value: Matcher | str) -> Matcher:
    return Css(value) if isinstance(value, str) else value


@attrs.frozen
class Rule:
    """A named rule: a matcher and an effect, optionally bound to one domain.

    A plain string given as ``match`` is read as a CSS selector.
    """

    name: str
    match: Matcher = attrs.field(converter=_to_matcher)
    effect: Effect = attrs.field(converter=Effect)
    weight: float = attrs.field(default=0.0, validator=_check_weight)
    domain: str | None = attrs.field(default=None, converter=normalise_domain)
    description: str = ""
    #: A strong rule is trusted over the text it removes: a DROP rule that is
    #: not strong is vetoed when its element holds most of the page's text.
    strong: bool = False
    #: A DROP rule with ``max_chars`` only removes elements with at most that
    #: much text: a "caption" that holds a whole story is not a caption.
    max_chars: int | None = None
    #: What the matches are to a feature (comments, captions), if anything.
    role: Role | None = attrs.field(default=None, converter=_optional_role)
    #: Where the rule comes from: "" for the built-ins, else a pack name or a file path.
    source: str = attrs.field(default="", eq=False)

    def __attrs_post_init__(self) -> None:
        if self.effect in METADATA_EFFECTS and not isinstance(self.match, Css | XPath):
            raise ValueError(f"rule {self.name!r}: a {self.effect.value} rule needs a selector")

    @property
    def text_match(self) -> Text:
        """The matcher of a text rule, for code holding only text rules (any other kind
        there is a bug of ours, not a page's doing)."""
        match = self.match
        assert isinstance(match, Text)
        return match

    def applies_to(self, host: str | None) -> bool:
        """True when the rule is generic or ``host`` is its domain or a subdomain of it."""
        if self.domain is None:
            return True
        if host is None:
            return False
        return host == self.domain or host.endswith("." + self.domain)
