"""Fall back on the article text the page's structured data gives, when the body the
markup yields is a log-in box, a paywall's offer or a notice rather than the story.

The fallback is ``structured-data-body`` in ``explain()`` (``Explanation.source``). It
never fires on a page whose markup yields a story: the body found must be short
(``Tuning.structured_body_dom_max_chars``) and the structured text several times longer
(``structured_body_ratio``, ``structured_body_min_chars``)."""

from __future__ import annotations

import html

import attrs

from ..dom.text import collapse_space
from ..metadata.structured_body import plain_paragraphs
from ..settings import Options
from .extraction import Extraction
from .observer import Observer

#: The name the fallback goes by in ``explain()``.
STRUCTURED_BODY = "structured-data-body"


def structured_fallback(
    found: Extraction,
    source: str | None,
    fragments: tuple[str, ...],
    description: str | None,
    options: Options,
    observer: Observer,
) -> Extraction:
    """``found``, or the structured text as plain paragraphs when the fallback applies
    (the standfirst the markup gave stays, above it when asked for; so does the page's
    ``description`` when the markup's body held it)."""
    if not fragments or source is None:
        return found
    tuning = options.tuning
    found_chars = len(found.text)
    least = max(tuning.structured_body_min_chars, tuning.structured_body_ratio * found_chars)
    # the raw pieces are at least as long as their text: most pages stop here
    if found_chars > tuning.structured_body_dom_max_chars or sum(map(len, fragments)) < least:
        return found
    paragraphs = plain_paragraphs(fragments)
    text = "\n\n".join(paragraphs)
    if len(text) < least:
        return found
    # the page's summary, when the markup's body held it and the structured text lacks
    # it (a teaser above the paywall's offer), opens the text as it opened the body
    shown = " ".join(found.text.split())
    summary = collapse_space(description or "")  # as the text reads it: no layout hints
    lead = summary if summary and summary in shown and summary not in text else None
    standfirst = found.standfirst if options.include_standfirst else None
    for opening in (lead, standfirst):
        if opening and opening not in text:
            paragraphs.insert(0, opening)
            text = f"{opening}\n\n{text}"
    markup = "".join(f"<p>{html.escape(paragraph, quote=False)}</p>" for paragraph in paragraphs)
    observer.sourced(f"{STRUCTURED_BODY}: {source}")
    return attrs.evolve(found, text=text, snapshot=attrs.evolve(found.snapshot, html=markup))
