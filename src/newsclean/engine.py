"""The extraction pipeline: clean, apply rules, pick the body, prune it, render it.

How rules and scores combine (the one documented way):

1. Markup that never carries article text (scripts, styles, forms controls,
   embeds) is stripped.
2. DROP rules remove their elements, except that a DROP is vetoed when its
   element holds a BODY-marked element, or holds the headline and a large
   share of the page's paragraph text (a wrapper named "has-sidebar" must not
   take the article with it).
3. Paragraphs are scored (see :mod:`newsclean.scoring`); SCORE rules add their
   weight to the containers they match.
4. The body is the largest BODY-marked element when it holds at least a fair
   share of the best-scored container's paragraph text; otherwise the
   best-scored container, joined by siblings that score nearly as well.
5. Inside the body, link lists and empty shells are pruned, then the text is
   rendered block by block.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .article import Article
from .matching import CompiledRules, Decisions, apply_rules
from .metadata import read_metadata
from .render import render_text
from .scoring import Scores, best_candidates, link_density, score_paragraphs, text_of

HtmlElement = Any

NON_CONTENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "button", "input", "select", "textarea", "option", "link", "meta", "map", "audio",
    "video", "source", "track", "img", "picture", "head", "title", "base",
)

#: A BODY marker is used when it holds at least this share of the best container's text.
MARKER_SHARE = 0.3
#: A DROP that would take this share of the page's paragraph text is vetoed...
VETO_SHARE_WITH_HEADLINE = 0.35
#: ... or this share, even without the headline.
VETO_SHARE = 0.5


def extract_tree(root: HtmlElement, rules: CompiledRules, url: str | None) -> Article:
    """Run the whole pipeline on a parsed page."""
    meta = read_metadata(root, url)
    body = root.find("body")
    if body is None:
        body = root
    etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)
    decisions = apply_rules(body, rules)
    _drop_boilerplate(body, decisions)
    scores = score_paragraphs(body, decisions.scores)
    containers = _choose_body(body, decisions, scores)
    for container in containers:
        _prune(container)
    text = render_text(containers)
    return Article(
        text=text, title=meta.title, authors=meta.authors, published=meta.published
    )


def _attached(element: HtmlElement, root: HtmlElement) -> bool:
    node = element
    while True:
        parent = node.getparent()
        if parent is None:
            return node is root or node is root.getroottree().getroot()
        node = parent


def _remove(element: HtmlElement) -> None:
    """Detach ``element`` but keep its tail text in the flow."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _paragraph_text(element: HtmlElement) -> int:
    return sum(len(text_of(p)) for p in element.iter("p"))


def _drop_boilerplate(body: HtmlElement, decisions: Decisions) -> None:
    protected: set[HtmlElement] = set()
    for marked, _rule in decisions.body:
        protected.add(marked)
        protected.update(marked.iterancestors())
    headline_holders: set[HtmlElement] = set()
    for h1 in body.iter("h1"):
        headline_holders.update(h1.iterancestors())
    total = _paragraph_text(body) or 1
    root = body.getroottree().getroot()
    for element, rule in decisions.drops:
        if element.getparent() is None or not _attached(element, root):
            continue
        if not rule.strong:
            if element in protected:
                continue
            if element.tag != "p":
                share = _paragraph_text(element) / total
                if share >= VETO_SHARE or (
                    share >= VETO_SHARE_WITH_HEADLINE and element in headline_holders
                ):
                    continue
        _remove(element)


def _choose_body(body: HtmlElement, decisions: Decisions, scores: Scores) -> list[HtmlElement]:
    ranked = best_candidates(scores)
    root = body.getroottree().getroot()
    chars = scores.paragraph_chars
    best = ranked[0][1] if ranked else None
    best_chars = chars.get(best, 0) if best is not None else 0
    marked = [el for el, _rule in decisions.body if _attached(el, root)]
    if marked:
        outermost = [el for el in marked if not any(a in set(marked) for a in el.iterancestors())]
        outermost = list(dict.fromkeys(outermost))
        biggest = max(chars.get(el, 0) for el in outermost)
        if biggest >= 100 and biggest >= MARKER_SHARE * best_chars:
            return [el for el in outermost if chars.get(el, 0) >= 0.2 * biggest]
    if best is None:
        return [body]
    return _with_siblings(best, ranked[0][0], scores)


def _with_siblings(best: HtmlElement, best_score: float, scores: Scores) -> list[HtmlElement]:
    """``best`` plus the siblings that look like more of the same article.

    First climb while ``best`` is an only child (a wrapper adds nothing), then
    keep siblings that score nearly as well, or are prose paragraphs.
    """
    while True:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html") or len(parent) != 1:
            break
        best = parent
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(10.0, best_score * 0.2)
    chosen = []
    for sibling in parent:
        if sibling is best:
            chosen.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        value = scores.points.get(sibling, 0.0)
        if value >= threshold:
            if link_density(sibling) < 0.3:
                chosen.append(sibling)
            continue
        if sibling.tag == "p":
            text = text_of(sibling).strip()
            density = link_density(sibling, len(text))
            if (len(text) > 80 and density < 0.25) or (
                0 < len(text) <= 80 and density == 0 and text.endswith((".", "!", "?", "。"))
            ):
                chosen.append(sibling)
    return chosen


_PRUNABLE = ("div", "section", "ul", "ol", "dl", "table", "form", "header", "span", "aside",
             "h2", "h3", "h4", "h5", "h6", "p", "center", "figure")


def _prune(container: HtmlElement) -> None:
    """Remove link lists and similar leftovers inside the chosen body."""
    doomed = []
    for element in container.iter(*_PRUNABLE):
        if element is container:
            continue
        text = text_of(element).strip()
        length = len(text)
        if length == 0:
            continue
        density = link_density(element, length)
        tag = element.tag
        if tag == "p":
            if density > 0.9 and length < 60:
                doomed.append(element)
            continue
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            if density > 0.5:
                doomed.append(element)
            continue
        if density > 0.5 and length < 1000 or density > 0.33 and tag in ("ul", "ol", "dl") and length < 300:
            doomed.append(element)
    for element in doomed:
        _remove(element)
