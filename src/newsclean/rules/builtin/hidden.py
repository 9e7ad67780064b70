"""Elements the page hides: hidden attributes, inline styles and hiding class names."""

from __future__ import annotations

from ..matchers import Attr, Pattern, Stylesheet
from ..model import Effect, Role, Rule

HIDDEN_STYLE_PATTERN = (
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?<![-\w])opacity\s*:\s*(?:0*\.0\d*|0+)\s*(?:;|!|$)"
)


HIDDEN_ATTRIBUTE = Rule(
    "hidden-attribute",
    Attr("hidden"),
    Effect.DROP,
    description="Elements with the hidden attribute.",
    strong=True,
    role=Role.HIDDEN,
)


ARIA_HIDDEN = Rule(
    "aria-hidden",
    Attr("aria-hidden", "true"),
    Effect.DROP,
    description="Elements hidden from assistive technology (aria-hidden=true).",
)


HIDDEN_STYLE = Rule(
    "hidden-style",
    Pattern(HIDDEN_STYLE_PATTERN, ("style",)),
    Effect.DROP,
    description="Inline display:none, visibility:hidden or opacity near 0.",
    strong=True,
    role=Role.HIDDEN,
)


HIDDEN_CLASS = Rule(
    "hidden-class",
    Pattern(
        r"(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|invisible|is-invisible|d-none"
        r"|display-none|visually-?hidden|visuallyhidden|sr-only|screen-?reader-text"
        r"|screenreader|offscreen|off-screen|element-invisible|print-only|a11y-hidden"
        r"|assistive-text)(?:\s|$)",
        ("class",),
    ),
    Effect.DROP,
    description="Whole class names that hide content or show it only to screen readers.",
    strong=True,
    role=Role.HIDDEN,
)


HIDDEN_STYLESHEET = Rule(
    "hidden-stylesheet",
    Stylesheet(),
    Effect.DROP,
    description="Elements the page's own <style> rules hide with display:none.",
    strong=True,
    role=Role.HIDDEN,
)


RULES: tuple[Rule, ...] = (
    HIDDEN_ATTRIBUTE,
    ARIA_HIDDEN,
    HIDDEN_STYLE,
    HIDDEN_CLASS,
    HIDDEN_STYLESHEET,
)
