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
   best-scored container (or a runner-up elsewhere with a comparable score and
   several times its paragraph text), joined by siblings that score nearly as well.
5. Inside the body, link lists and empty shells are pruned, then the text is
   rendered block by block.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .article import Article
from .clean_tree import EMBED_ATTRIBUTE, snapshot
from .comments import read_comments
from .language import guess_language
from .matching import (
    CompiledRules,
    Decisions,
    apply_rules,
    examine_vetoed,
    is_attached,
    remove_element,
)
from .metadata import apply_metadata_rules, headline_agrees, read_metadata
from .options import Options, Tuning
from .page_tags import PageTags
from .render import BLOCK_TAGS, render_text
from .rules import Effect, Rule, Tags, Text
from .scoring import (
    Scores,
    best_candidates,
    link_density,
    link_length,
    score_paragraphs,
    text_length,
    text_of,
)
from .trace import Trace

HtmlElement = Any

NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "link",
    "meta",
    "map",
    "audio",
    "video",
    "source",
    "track",
    "img",
    "picture",
    "head",
    "title",
    "base",
    "rt",
    "rp",
)

#: A BODY marker is used when it holds at least this share of the best container's text.
MARKER_SHARE = 0.3
#: A DROP that would take this share of the page's paragraph text is vetoed...
VETO_SHARE_WITH_HEADLINE = 0.35
#: ... or this share, even without the headline.
VETO_SHARE_WITHOUT_HEADLINE = 0.65


def extract_tree(
    root: HtmlElement, rules: CompiledRules, url: str | None, options: Options | None = None
) -> Article:
    """Run the whole pipeline on a parsed page."""
    return run_pipeline(root, rules, url, options)[0]


def run_pipeline(
    root: HtmlElement,
    rules: CompiledRules,
    url: str | None,
    options: Options | None = None,
    trace: Trace | None = None,
) -> tuple[Article, Decisions]:
    """The pipeline, also returning what the rules decided (for tests and tracing).

    With a ``trace``, every removal and veto is noted in it (``newsclean.explain``).
    """
    options = options or Options()
    tuning = options.tuning
    tags = PageTags(root)
    meta = read_metadata(root, url, tags)
    if rules.metadata_rules:
        meta = apply_metadata_rules(meta, root, rules.metadata_rules)
    body = root.find("body")
    if body is None:
        body = root
    _embed_placeholders(tags.embeds)
    _noscript_articles(tags.noscripts, body)
    if options.include_images:
        _noscript_images(tags.noscripts)
        etree.strip_elements(root, *NON_CONTENT_WITHOUT_IMAGES, with_tail=False)
    else:
        etree.strip_elements(root, *NON_CONTENT_TAGS, with_tail=False)
    veto = _Veto(body, tags.headlines_in(body))
    decisions = apply_rules(body, rules, veto.keeps, log=trace is not None)
    veto.protect(decisions)
    comment_sections: list[HtmlElement] = []
    resumed: set[HtmlElement] = set()
    for element, rule in decisions.drops:  # grows as vetoed subtrees are examined
        if not is_attached(element, root):
            continue
        if not veto.keeps(element, rule):
            if rule.name == COMMENT_RULE and options.include_comments:
                comment_sections.append(element)
            remove_element(element)
            if trace is not None:
                trace.removed.append((element, rule.name))
            continue
        if trace is not None:
            trace.vetoed.append((element, rule.name))
        if element not in resumed:
            resumed.add(element)
            examine_vetoed(element, rules, decisions)
    scores = score_paragraphs(body, decisions.scores)
    containers = _choose_body(body, decisions, scores, tuning)
    containers = _leads_before(containers, decisions, root, tags) + containers
    if trace is not None:
        trace.scores, trace.containers = scores, list(containers)
    for container in containers:
        _prune(container, rules, decisions, tuning, trace)
        headline = _drop_headline(container, meta.title)
        if trace is not None and headline is not None:
            trace.removed.append((headline, "headline"))
        if not options.include_tables:
            for table in list(container.iter("table")):
                remove_element(table)
    shot = snapshot(
        containers,
        base_url=meta.base_url,
        include_links=options.include_links,
        include_images=options.include_images,
        include_tables=options.include_tables,
        include_captions=options.include_captions,
    )
    text = render_text(containers)
    article = Article(
        text=text,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        description=meta.description,
        lang=meta.lang or guess_language(text),
        url=meta.url,
        image=meta.image,
        section=meta.section,
        tags=meta.tags,
        publisher=meta.publisher,
        comments=read_comments(comment_sections),
        snapshot=shot,
    )
    return article, decisions


#: The rule whose matches are the page's comment sections.
COMMENT_RULE = "comment-widgets"
NON_CONTENT_WITHOUT_IMAGES = tuple(
    t for t in NON_CONTENT_TAGS if t not in ("img", "picture", "source")
)
_VIDEO_HOSTS = ("youtube", "youtu.be", "vimeo", "dailymotion", "player", "video", "jwplatform")


def _embed_placeholders(embeds: list[HtmlElement]) -> None:
    """Iframes, videos and other embeds become empty links to their source, which the
    HTML and Markdown outputs show as "Embedded video" and the text leaves out."""
    for element in embeds:
        if element.getparent() is None:
            continue
        source = element.get("src") or element.get("data-src") or element.get("data")
        if not source:
            inner = element.find(".//source[@src]")
            source = inner.get("src") if inner is not None else None
        tag = element.tag
        kind = "audio" if tag == "audio" else "video" if tag == "video" else "content"
        if kind == "content" and source and any(h in source.lower() for h in _VIDEO_HOSTS):
            kind = "video"
        if not source or source.startswith(("about:", "javascript:")):
            continue
        placeholder = etree.Element("a")
        placeholder.set(EMBED_ATTRIBUTE, kind)
        placeholder.set("href", source)
        placeholder.tail = element.tail
        element.getparent().replace(element, placeholder)


#: A ``<noscript>`` with this much paragraph text is the page's text for readers without
#: scripts (Blogger's posts, for one), not a tracking pixel or a "turn on JavaScript" notice.
NOSCRIPT_ARTICLE = 300


def _noscript_articles(noscripts: list[HtmlElement], body: HtmlElement) -> None:
    """Keep a ``<noscript>`` that holds the article (its visible copy is built by a
    script, so it is the only one), unless its text is on the page already."""
    for noscript in noscripts:
        if _paragraph_text(noscript) < NOSCRIPT_ARTICLE:
            continue
        longest = max((text_of(p) for p in noscript.iter("p")), key=len, default="")
        sample = " ".join(longest.split())[:80]
        if sample and sample not in _visible_text(body):
            noscript.tag = "div"


def _visible_text(element: HtmlElement) -> str:
    texts = _VISIBLE_TEXT(element)
    assert isinstance(texts, list)
    return " ".join("".join(str(text) for text in texts).split())


#: Text outside scripts, styles and noscripts (a script may hold a template of the post).
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]",
    smart_strings=False,
)


def _noscript_images(noscripts: list[HtmlElement]) -> None:
    """A ``<noscript>`` copy of a lazy-loaded image replaces the placeholder before it."""
    for noscript in noscripts:
        inner = noscript.find(".//img")
        previous = noscript.getprevious()
        parent = noscript.getparent()
        if inner is None or parent is None:
            continue
        if previous is not None and previous.tag == "img":
            inner.tail = previous.tail
            parent.replace(previous, inner)
        else:
            inner.tail = None
            parent.insert(parent.index(noscript), inner)


class _Veto:
    """Decides whether a DROP rule's element must stay after all.

    A DROP is vetoed when its element holds a BODY-marked element, or holds
    half of the page's paragraph text, or the headline and a third of it. A
    rule's ``max_chars`` vetoes it on elements with more text than that.
    """

    def __init__(self, body: HtmlElement, headlines: list[HtmlElement]) -> None:
        self.body = body
        self._totals: tuple[int, int] | None = None
        self.headline_holders: set[HtmlElement] = set()
        for h1 in headlines:
            self.headline_holders.update(h1.iterancestors())
        self.protected: set[HtmlElement] = set()

    def totals(self) -> tuple[int, int]:
        """The page's paragraph text and prose, measured once, when first needed."""
        if self._totals is None:
            paragraphs = _paragraph_text(self.body) or 1
            prose = (text_length(self.body) - link_length(self.body)) or 1
            self._totals = (paragraphs, prose)
        return self._totals

    def protect(self, decisions: Decisions) -> None:
        for marked, _rule in decisions.body:
            self.protected.add(marked)
            self.protected.update(marked.iterancestors())

    def keeps(self, element: HtmlElement, rule: Rule) -> bool:
        if rule.max_chars is not None and len(text_of(element).strip()) > rule.max_chars:
            return True
        if rule.strong:
            return False
        if element in self.protected:
            return True
        if element.tag == "p":
            return False
        text = len(text_of(element))  # for a small element, faster than an XPath count
        if text < 100 or text < VETO_SHARE_WITH_HEADLINE * min(self.totals()):
            return False  # too little text to hold a share that vetoes
        paragraphs, prose = self.totals()
        share = _paragraph_text(element) / paragraphs
        share = max(share, (text - link_length(element)) / prose)
        if element in self.headline_holders:
            return share >= VETO_SHARE_WITH_HEADLINE
        # without the headline only a page-sized share vetoes: a consent dialog may well
        # hold more text than the article it hides
        return share >= VETO_SHARE_WITHOUT_HEADLINE


def _prose_chars(element: HtmlElement) -> int:
    """Characters of text outside links: the measure of how much an element says."""
    return text_length(element) - link_length(element)


#: How far above the body a lead may sit (levels up to the shared ancestor).
LEAD_REACH = 4


def _leads_before(
    containers: list[HtmlElement], decisions: Decisions, root: HtmlElement, tags: PageTags
) -> list[HtmlElement]:
    """Standfirsts just above the first body container.

    Those are LEAD-marked elements near the container, and prose paragraphs
    standing between the page's headline and the container.
    """
    if not containers:
        return []
    first = containers[0]
    headline = _headline_for(first, root, tags)
    candidates = list(decisions.lead)
    candidates.extend((p, _HEADLINE_GAP) for p in _between_headline_and(first, root))
    if not candidates:
        return []
    near = [a for a in list(first.iterancestors())[:LEAD_REACH] if a.tag not in ("body", "html")]
    inside = set(containers)
    leads: list[HtmlElement] = []
    for element, _rule in candidates:
        if element in leads or not is_attached(element, root):
            continue
        ancestors = set(element.iterancestors())
        if inside & ancestors or element in inside or first in ancestors:
            continue
        if not any(a in ancestors for a in near):
            continue
        if not _precedes(element, first):
            continue
        if headline is not None and not _precedes(headline, element):
            continue  # a standfirst follows the headline; what precedes it is a teaser
        text = text_of(element).strip()
        if len(text) < 40 or link_density(element, len(text)) > 0.5:
            continue
        if any(lead in ancestors for lead in leads):
            continue
        leads.append(element)
    if len(leads) > 1:
        order = {el: i for i, el in enumerate(first.getroottree().getroot().iter())}
        leads.sort(key=lambda el: order.get(el, 0))
    return leads


#: Stands in for a rule on paragraphs found between the headline and the body.
_HEADLINE_GAP = Rule(
    "headline-gap", Tags("p"), Effect.LEAD, description="Prose between the headline and the body."
)


def _headline_for(container: HtmlElement, root: HtmlElement, tags: PageTags) -> HtmlElement | None:
    """The page's first h1 when it stands before or inside ``container``."""
    body = root.find("body")
    h1 = next(iter(tags.headlines_in(body if body is not None else root)), None)
    if h1 is None:
        return None
    if container in set(h1.iterancestors()) or _precedes(h1, container):
        return h1
    return None


def _between_headline_and(container: HtmlElement, root: HtmlElement) -> list[HtmlElement]:
    """Prose paragraphs after the nearest preceding h1 and before ``container``."""
    near = list(container.iterancestors())[:LEAD_REACH]
    for holder in near:
        h1 = next(holder.iter("h1"), None)
        if h1 is None:
            continue
        if container in set(h1.iterancestors()) or not _precedes(h1, container):
            return []
        found = []
        started = False
        for element in holder.iter():
            if element is h1:
                started = True
                continue
            if element is container:
                break
            if started and element.tag in ("p", "h2") and len(text_of(element).strip()) >= 60:
                found.append(element)
        return found
    return []


def _precedes(element: HtmlElement, other: HtmlElement) -> bool:
    """True when ``element`` comes before ``other`` in document order (and does not hold it)."""
    chain = [other, *other.iterancestors()]
    below = {node: chain[i - 1] if i else None for i, node in enumerate(chain)}
    child = element
    for node in (element, *element.iterancestors()):
        if node in below:
            other_child = below[node]
            if other_child is None or node is element:
                return False
            return bool(node.index(child) < node.index(other_child))
        child = node
    return False


def _paragraph_text(element: HtmlElement) -> int:
    """Characters of text in ``element``'s paragraphs, counted in C."""
    length = _PARAGRAPH_LENGTH(element)
    assert isinstance(length, float)
    return int(length)


_PARAGRAPH_LENGTH = etree.XPath(
    "string-length(str:concat(descendant-or-self::p//text()))",
    namespaces={"str": "http://exslt.org/strings"},
)


def _choose_body(
    body: HtmlElement, decisions: Decisions, scores: Scores, tuning: Tuning
) -> list[HtmlElement]:
    ranked = best_candidates(scores)
    root = body.getroottree().getroot()
    chars = scores.paragraph_chars
    best = ranked[0][1] if ranked else None
    best_chars = chars.get(best, 0) if best is not None else 0
    marked = [el for el, _rule in decisions.body if is_attached(el, root)]
    if marked:
        marked_set = set(marked)
        outermost = [el for el in marked if not any(a in marked_set for a in el.iterancestors())]
        outermost = list(dict.fromkeys(outermost))
        main = max(outermost, key=lambda el: chars.get(el, 0))
        biggest = chars.get(main, 0)
        if biggest >= 100 and biggest >= MARKER_SHARE * best_chars:
            return [el for el in outermost if chars.get(el, 0) >= 0.2 * biggest]
    if best is None:
        return [body]
    best_score = ranked[0][0]
    final = {id(el): value for value, el in ranked}
    for ancestor in best.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        value = final.get(id(ancestor))
        if (
            value is not None
            and value >= 0.8 * best_score
            and chars.get(ancestor, 0) >= 1.5 * chars.get(best, 0)
        ):
            best, best_score = ancestor, value
    best = _widen(best, chars, tuning)
    best, best_score = _better_stocked(best, best_score, ranked, chars, tuning)
    return _with_siblings(best, best_score, scores, tuning)


#: A runner-up this close in score...
STOCKED_SCORE_SHARE = 0.5
#: ... holding this many times the chosen container's paragraph text (and at least
#: STOCKED_MIN_CHARS) is the article; class words lifted the chosen one (a teaser's text).
STOCKED_RATIO = 4.0
STOCKED_MIN_CHARS = 500


def _better_stocked(
    best: HtmlElement,
    best_score: float,
    ranked: list[tuple[float, HtmlElement]],
    chars: dict[HtmlElement, int],
    tuning: Tuning,
) -> tuple[HtmlElement, float]:
    """A runner-up elsewhere on the page with several times the paragraph text of
    ``best`` (already widened) and a comparable score, when there is one."""
    held = chars.get(best, 0)
    around = {best, *best.iterancestors()}
    for value, candidate in ranked:
        if value < STOCKED_SCORE_SHARE * best_score:
            break
        if candidate in around or best in candidate.iterancestors():
            continue
        if chars.get(candidate, 0) >= max(STOCKED_RATIO * held, STOCKED_MIN_CHARS):
            return _widen(candidate, chars, tuning), value
    return best, best_score


def _widen(best: HtmlElement, chars: dict[HtmlElement, int], tuning: Tuning) -> HtmlElement:
    """Climb to ancestors whose extra text is mostly prose.

    An ancestor is taken when it adds a good deal of paragraph text, or when
    most of the text it adds is paragraph text, and links stay rare.
    """
    current = chars.get(best, 0)
    current_text = text_length(best)
    for ancestor in best.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        more = chars.get(ancestor, 0)
        if more <= current:
            continue
        text = text_length(ancestor)
        added_prose = more - current
        added_text = max(text - current_text, 1)
        if (
            more >= tuning.widen_gain * current
            or (added_prose >= 80 and added_prose >= tuning.widen_quality * added_text)
        ) and link_density(ancestor, text) < tuning.widen_density:
            best, current, current_text = ancestor, more, text
    return best


def _with_siblings(
    best: HtmlElement, best_score: float, scores: Scores, tuning: Tuning
) -> list[HtmlElement]:
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
    threshold = max(10.0, best_score * tuning.sibling_share)
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


_PRUNABLE = (
    "div",
    "section",
    "ul",
    "ol",
    "dl",
    "table",
    "form",
    "header",
    "span",
    "aside",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "center",
    "figure",
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: A paragraph shorter than this that is nearly all link is a teaser link.
LINK_PARAGRAPH_LENGTH = 60
_DENSITY_PRUNED = frozenset(_PRUNABLE) - {"span"}


def _prune(
    container: HtmlElement,
    rules: CompiledRules,
    decisions: Decisions,
    tuning: Tuning,
    trace: Trace | None = None,
) -> None:
    """Remove text-rule matches, link lists and similar leftovers inside the chosen body."""
    text_rules = rules.tagged_text_rules
    doomed: list[tuple[HtmlElement, str]] = []
    record = decisions.record
    for element in container.iter(*_PRUNABLE, *text_rules):
        if element is container:
            continue
        text = text_of(element).strip()
        length = len(text)
        if length == 0:
            continue
        tag = element.tag
        by_text = text_rules.get(tag)
        if by_text and length < 300:
            normal = " ".join(text.split()).lower().replace("’", "'").lstrip("([（【")
            if rules.text_quick_checks[tag].may_match(normal):
                fired = [rule for rule in by_text if _text_match(rule).matches_text(normal)]
            else:
                fired = []
            # a date or a "by ..." inside a sentence is part of the sentence
            if (
                tag in _INLINE_TEXT_TAGS
                and any(_text_match(r).pattern for r in fired)
                and not _stands_alone(element, length)
            ):
                fired = [r for r in fired if _text_match(r).pattern is None]
            if fired:
                for rule in fired:
                    record(element, rule)
                doomed.append((element, fired[0].name))
                continue
        if tag not in _DENSITY_PRUNED or length >= 1000:
            continue  # no density rule removes a block this long
        density = link_density(element, length)
        if tag == "p":
            if density > 0.9 and length < LINK_PARAGRAPH_LENGTH:
                doomed.append((element, "link-paragraph"))
        elif tag in _HEADINGS:
            if density > 0.5:
                doomed.append((element, "link-heading"))
        elif (density > tuning.link_list_density and length < 1000) or (
            density > 0.33 and tag in ("ul", "ol", "dl") and length < 300
        ):
            doomed.append((element, "link-list"))
            heading = _heading_before(element)
            if heading is not None:
                doomed.append((heading, "link-list-heading"))
    for element, _reason in doomed:
        remove_element(element)
    if trace is not None:
        trace.removed.extend(doomed)


def _drop_headline(container: HtmlElement, title: str | None) -> HtmlElement | None:
    """The headline is ``Article.title``; it is not repeated as the first body block.

    Returns the element removed, if any.
    """
    if not title:
        return None
    wanted = " ".join(title.split())
    for h1 in list(container.iter("h1")):
        if headline_agrees(" ".join(text_of(h1).split()), wanted):
            remove_element(h1)
            return h1
    if next(container.iter("h1"), None) is not None:
        return None
    for element in container.iter("h2", "b", "strong", "font"):
        if " ".join(text_of(element).split()) == wanted:
            remove_element(element)  # a headline set in bold type where no h1 exists
            return element
    return None


_INLINE_TEXT_TAGS = frozenset(("a", "span", "strong", "b", "em", "i", "time", "font", "small"))


def _stands_alone(element: HtmlElement, length: int) -> bool:
    """True when an inline element forms a line of its own, not a piece of a sentence."""
    tail = element.tail
    following = element.getnext()
    if tail and tail.strip():
        return False
    if following is not None and not _is_break(following):
        return False
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        return parent is None or not (parent.text and parent.text.strip())
    return _is_break(previous) and not (previous.tail and previous.tail.strip())


def _is_break(element: HtmlElement) -> bool:
    return element.tag == "br" or element.tag in BLOCK_TAGS


def _text_match(rule: Rule) -> Text:
    match = rule.match
    assert isinstance(match, Text)
    return match


def _heading_before(element: HtmlElement) -> HtmlElement | None:
    """The heading that introduces ``element`` (a link list), if it stands right before it."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or previous.tag not in _HEADINGS:
        return None
    if len(text_of(previous).strip()) > 80:
        return None
    return previous
