"""The veto on DROP rules: rule matches are evidence, weighed against what an element holds.

The one rule (docs/rules.md, "How drops are weighed"):

- A **strong** DROP (hidden by attribute, inline style or the page's stylesheet; ad
  labels; a rule file's ``strip``; any rule with ``strong=True``) removes its element.
  The one exception is hidden elements holding the page's only copy of the article
  (together ``veto_share_without_headline`` of its text, each written nowhere else on
  the page): a script reveals them. So is a hidden story beside a notice standing in
  its place (``hidden-story``, engine/hidden_stories.py), whatever else the page holds.
- A **weak** DROP (class, id and ``data-testid`` words) counts against its element,
  once per distinct rule that fired on it. The element stays when it holds a body
  marker, or when the article text it holds outweighs that evidence: a share of the
  article text left on the page of at least ``veto_share_with_headline`` (with the
  headline inside) or ``veto_share_without_headline`` (without), times the number
  of weak rules against it. Article text is the prose outside links, or the
  paragraph text where the page has enough paragraphs.
- A weak DROP never removes an element that is mostly a post the story quotes (an
  embedded tweet, Instagram post...): the post is part of the story.
- Matches of one weak rule that may name the story's layout are weighed together
  (:meth:`Veto.weigh_together`): sibling sections by the headline, and paragraphs
  anywhere (``<p class="paywall">`` on most of the story).
- A rule's ``max_chars`` keeps elements holding more text than that, whatever else.

The engine carries out the strong drops first, then the weak ones from the smallest
element up, telling the veto what it removed: a large element is weighed against the
article text the page has left once its smaller boilerplate is gone. What an element
is that a weak DROP never removes (a phrase, a formula, a quoted post) is read in
:mod:`.veto_kinds`.
"""

from __future__ import annotations

from typing import Any

from ..dom.page_tags import EMAIL_FORM_ATTRIBUTE, FORM_BOX_ATTRIBUTE
from ..dom.text import link_length, paragraph_text, text_length, text_of
from ..rules.matchers import Words
from ..rules.model import Role, Rule
from ..rules.walk import Decisions
from ..settings import Tuning
from ..tuning.veto import HIDDEN_COPY_SAMPLE_CHARS
from .hidden_stories import outweighing
from .page_totals import PageTotals
from .veto_kinds import SENTENCE_PHRASES, inside_sentence, is_formula, wraps_embedded_post

HtmlElement = Any

#: How far up from a headline its story's paragraphs are looked for, and from how many
#: headlines (a page has one or two; one built with thousands must not cost a measure
#: of the page for each).
HEADLINE_LEVELS = 3
HEADLINES_READ = 5


class Veto:
    """Decides whether a DROP rule's element must stay after all (see the module)."""

    def __init__(self, body: HtmlElement, headlines: list[HtmlElement], tuning: Tuning) -> None:
        self.body = body
        self.tuning = tuning
        #: the page's paragraph text and prose, measured once and kept up to date
        self.page = PageTotals(body, tuning)
        self.headline_holders: set[HtmlElement] = set()
        for h1 in headlines:
            self.headline_holders.update(h1.iterancestors())
        self.headlines = headlines
        self.protected: set[HtmlElement] = set()
        #: a caption printing the page's description, protected from the caption rules
        self.spared: set[HtmlElement] = set()
        #: hidden elements that hold the page's only copy of the article
        self.revealed: set[HtmlElement] = set()
        #: hidden elements weighed as stories beside a notice (revealed when unique)
        self.standing_in: set[HtmlElement] = set()
        #: sibling matches of one weak rule that together hold the article
        self.kept_together: set[HtmlElement] = set()
        #: the element :meth:`_share` last weighed, with its link text and its paragraph
        #: text and prose in lists (None: not measured): when the drop goes ahead at once,
        #: :meth:`removed` takes them from the page's totals without measuring again
        self._weighed: tuple[HtmlElement, int, int | None] | None = None

    def totals(self) -> tuple[int, int]:
        """The page's paragraph text and prose (at least 1 each), measured when first
        needed and then kept up to date as elements are removed (:class:`PageTotals`)."""
        return self.page.totals()

    def removed(self, element: HtmlElement, size: int) -> None:
        """``element``, with ``size`` characters of text, was removed: its text leaves
        the page's totals."""
        weighed, self._weighed = self._weighed, None
        links = held = None
        if weighed is not None and weighed[0] is element:  # measured when it was weighed
            _element, links, held = weighed
        self.page.removed(element, size, links, held)

    def protect(self, decisions: Decisions) -> None:
        """Protect the BODY-marked elements and their ancestors."""
        for marked, _rule in decisions.body:
            self.protected.add(marked)
            self.protected.update(marked.iterancestors())

    def keeps(
        self,
        element: HtmlElement,
        rule: Rule,
        evidence: int = 1,
        most: int | None = None,
        *,
        exact: bool = False,
    ) -> bool:
        """True when ``rule`` must not remove ``element``; ``evidence`` is the number of
        distinct weak rules that want it gone; ``most``, when known, is at least the
        length of ``element``'s text (measured before the drops inside it went): an
        element found short enough by it is not measured again (``exact``: no drop
        inside it has gone since, so ``most`` is that length, never measured again)."""
        self._weighed = None
        if rule.max_chars is not None and _longer_than(element, rule.max_chars, most):
            return True
        if rule.strong:
            return rule.role is Role.HIDDEN and element in self.revealed
        if element in self.protected or wraps_embedded_post(element) or is_formula(element):
            return True
        if element in self.kept_together:
            return True
        if element.tag in SENTENCE_PHRASES and inside_sentence(element):
            return True
        if element.tag == "p":
            return False
        tuning = self.tuning
        with_headline = tuning.veto_share_with_headline * evidence
        # a comment box's or sign-up's instructions are paragraphs ("Enter your details
        # below"), and beside a story written without <p> they are "most" of the page's:
        # a form asking for an email address, and its box, are weighed by their prose (a
        # form wrapping the whole page still holds most of that)
        by_paragraphs = element.get(EMAIL_FORM_ATTRIBUTE) is None and (
            element.get(FORM_BOX_ATTRIBUTE) is None
        )
        share = self._share(element, with_headline, most, exact=exact, by_paragraphs=by_paragraphs)
        if element in self.headline_holders:
            return share >= with_headline
        # without the headline only a page-sized share vetoes: a consent dialog may well
        # hold more text than the article it hides
        return share >= tuning.veto_share_without_headline * evidence

    def weigh_together(
        self, drops: list[tuple[HtmlElement, Rule]], sizes: dict[HtmlElement, int]
    ) -> None:
        """Weigh the matches of each weak rule together where the rule may name the
        story's layout, not boilerplate (comments are many alike by nature: never
        weighed so); ``sizes``: the length of each one's text.

        - Sibling sections inside the container that holds the headline (``Section--Ads``,
          a layout's modifier) stay when together they hold the share of the article
          text that vetoes a drop with the headline inside.
        - Paragraphs a rule names by their class or id words, anywhere on the page (a
          ``paywall`` class on every paragraph past the first few), stay when together
          they hold the share that vetoes a drop without it: most of the article. A
          selector that picks paragraphs (a rule file's ``select = "p"``) means them."""
        sections: dict[tuple[HtmlElement, str], list[HtmlElement]] = {}
        paragraphs: dict[str, list[HtmlElement]] = {}
        for element, rule in drops:
            if rule.strong or rule.max_chars is not None or rule.role is Role.COMMENTS:
                continue
            if element.tag == "p":
                if isinstance(rule.match, Words):  # a name's words, not a chosen selector
                    paragraphs.setdefault(rule.name, []).append(element)
            elif (parent := element.getparent()) in self.headline_holders:
                sections.setdefault((parent, rule.name), []).append(element)
        tuning = self.tuning
        for members in sections.values():
            self._keep_together(members, tuning.veto_share_with_headline, sizes)
        for members in paragraphs.values():
            self._keep_together(members, tuning.veto_share_without_headline, sizes)

    def _keep_together(
        self, members: list[HtmlElement], needed: float, sizes: dict[HtmlElement, int]
    ) -> None:
        """Keep ``members`` (matches of one rule) when there are enough of them and
        together they hold ``needed`` of the article text."""
        members = list(dict.fromkeys(members))
        if len(members) < self.tuning.veto_together_min:
            return
        shares = (self._share(member, 0.0, sizes[member], exact=True) for member in members)
        if sum(shares) >= needed:
            self.kept_together.update(members)

    def may_keep_later(self, element: HtmlElement, rule: Rule, size: int) -> bool:
        """True when ``element`` holds enough of the page's text, measured on the page as
        it is now (boilerplate and all), that once the page is cleaned it may hold a
        share that vetoes ``rule``: at least ``veto_early_share`` of that share now
        (``size``: the length of its text)."""
        self._weighed = None
        if rule.strong or rule.max_chars is not None:
            return False
        tuning = self.tuning
        if element in self.headline_holders:
            needed = tuning.veto_share_with_headline
        else:
            needed = tuning.veto_share_without_headline
        least = tuning.veto_early_share * needed
        return self._share(element, least, size, exact=True) >= least

    def _share(
        self,
        element: HtmlElement,
        least: float,
        most: int | None = None,
        *,
        exact: bool = False,
        by_paragraphs: bool = True,
    ) -> float:
        """The share of the page's article text ``element`` holds (0 when it is too
        small to reach ``least`` of it; ``most``: at least the length of its text, when
        known: most elements are that small, and their text needs no measuring;
        ``exact``: ``most`` is that length, measured on the tree as it is;
        ``by_paragraphs`` False: its share of the prose only)."""
        tuning, page = self.tuning, self.page
        if most is not None and (
            most < tuning.veto_min_chars
            # (the page itself is measured only once an element may need it, below)
            or (page.measured and most < least * page.floor())
        ):
            return 0.0
        text = most if exact and most is not None else text_length(element)
        # the floor first: the list items are read only for an element that may need them
        if text < tuning.veto_min_chars or text < least * page.floor():
            return 0.0
        paragraphs, prose = page.totals()
        if text < least * min(paragraphs, prose):
            return 0.0
        links = link_length(element)
        share = (text - links) / prose
        held = None
        # (a page of few paragraphs is weighed by its prose: a footer's few <p> are "most")
        if by_paragraphs and paragraphs >= tuning.veto_min_paragraphs:
            held = paragraph_text(element) + self.page.prose_in_lists(element)
            share = max(share, held / paragraphs)
        self._weighed = (element, links, held)
        return share

    def reveal(self, hidden: list[HtmlElement]) -> None:
        """Note which of the ``hidden`` elements hold the page's only copy of the article:
        together they hold most of its paragraph text (a page a script reveals, all at
        once or slide by slide; a formula's hidden source inside a visible paragraph is
        no paragraph), and each one's longest paragraph is written nowhere else.
        Hidden text beside a visible article (behind a paywall, say) is not revealed;
        a hidden story beside a paywall's notice that stands in its place is."""
        chosen = set(hidden)
        outermost = [el for el in hidden if not any(a in chosen for a in el.iterancestors())]
        outermost = list(dict.fromkeys(outermost))
        if not outermost:
            return
        paragraphs, _prose = self.totals()
        held = [paragraph_text(el) for el in outermost]
        if sum(held) < self.tuning.veto_share_without_headline * paragraphs:
            # a notice where the story should be (engine/hidden_stories.py)
            outermost = outweighing(self.body, outermost, held, self.tuning, self._beside_headline)
            self.standing_in.update(outermost)
        elif self._story_on_view():
            # the story stands by its headline: hidden text in another branch of the
            # page (a consent dialog's panels, a modal) is no copy of it
            outermost = [el for el in outermost if self._beside_headline(el)]
        if not outermost:
            return
        page_text = " ".join(text_of(self.body).split())
        for element in outermost:
            longest = max((text_of(p) for p in element.iter("p")), key=len, default="")
            sample = " ".join((longest or text_of(element)).split())[:HIDDEN_COPY_SAMPLE_CHARS]
            if sample and page_text.count(sample) == 1:
                self.revealed.add(element)

    def _story_on_view(self) -> bool:
        """True when a headline stands with ``reveal_story_chars`` of paragraph text in
        one of its first few ancestors: the story is on view (a logo's ``h1`` stands
        alone)."""
        least = self.tuning.reveal_story_chars
        for h1 in self.headlines[:HEADLINES_READ]:
            for level, ancestor in enumerate(h1.iterancestors()):
                if level >= HEADLINE_LEVELS or ancestor.tag in ("body", "html"):
                    break
                if paragraph_text(ancestor) >= least:
                    return True
        return False

    def _beside_headline(self, element: HtmlElement) -> bool:
        """True when ``element`` shares a branch of the page with a headline: their
        nearest common ancestor is below the ``body``."""
        for ancestor in element.iterancestors():
            if ancestor.tag in ("body", "html"):
                return False
            if ancestor in self.headline_holders:
                return True
        return False


def _longer_than(element: HtmlElement, limit: int, most: int | None) -> bool:
    """True when ``element``'s text, trimmed, is longer than ``limit`` (``most``: at
    least the length of its text, when known: then a short one is not measured)."""
    if most is not None and most <= limit:
        return False
    return len(text_of(element).strip()) > limit
