"""Every number that shapes an extraction decision, and the keyword options of ``extract()``.

:class:`Tuning` holds the thresholds of scoring, body choice, vetoes and pruning,
each a named and documented field. The ``favor`` presets are instances of it;
callers may pass their own (``extract(html, tuning=...)``, ``--tuning file.toml``),
for instance ``attrs.evolve(Tuning.preset("precision"), sibling_share=0.5)``.
Numbers that belong to one rule (a rule's ``weight`` or ``max_chars``) stay on
the rule, where a rule file can change them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import attrs

from .errors import OptionError

Favor = Literal["precision", "balanced", "recall"]
FAVORS: tuple[Favor, ...] = ("precision", "balanced", "recall")

#: What a container's tag adds to its score before any paragraph: content elements
#: up, lists, forms and headings down. ``<article>``/``<main>`` are weighed by the
#: ``article-element`` rules instead.
TAG_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "div": 5.0,
        "section": 3.0,
        "pre": 3.0,
        "td": 3.0,
        "blockquote": 3.0,
        "form": -3.0,
        "ol": -3.0,
        "ul": -3.0,
        "dl": -3.0,
        "li": -3.0,
        "address": -3.0,
        "h1": -5.0,
        "h2": -5.0,
        "h3": -5.0,
        "h4": -5.0,
        "th": -5.0,
    }
)


#: A pull quote (an ``<aside>`` repeating a line of the story between its paragraphs) is
#: a few elements at most, itself included (the line, its wrappers, its attribution)...
PULL_QUOTE_MAX_ELEMENTS = 8
#: ... and one sentence: at least this many words...
PULL_QUOTE_MIN_WORDS = 4
#: ... and at most this many characters (a box of notes or a teaser runs longer)
PULL_QUOTE_MAX_CHARS = 300
#: the paragraph the pull quote stands beside holds at least this many characters of
#: prose (a story's paragraph, not a label or a one-line teaser)
PULL_QUOTE_PROSE_CHARS = 80
#: the share of the pull quote's runs of four words found in the story's paragraphs: it
#: repeats the story (a paraphrase keeps most of them), where a pitch or a note does not
PULL_QUOTE_REPEAT_SHARE = 0.5


def _weights(value: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType({str(tag): float(weight) for tag, weight in value.items()})


def _not_negative(instance: Tuning, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise OptionError(f"tuning.{attribute.name} must be a number, not {value!r}")
    if value < 0:
        raise OptionError(f"tuning.{attribute.name} must not be negative, not {value!r}")


def _number(default: float) -> Any:
    return attrs.field(default=default, validator=_not_negative)


@attrs.frozen
class Tuning:
    """The thresholds of body selection and pruning (lengths in characters, shares
    and densities between 0 and 1)."""

    # --- scoring paragraphs (engine/scoring.py) ---------------------------------
    #: paragraphs shorter than this earn no points
    min_paragraph_chars: int = _number(25)
    #: a paragraph earns a point per this many characters...
    chars_per_point: float = _number(100.0)
    #: ... up to this many points for its length (plus one per comma)
    max_length_points: float = _number(3.0)
    #: CJK text counts this many times its length (a character says more)
    cjk_length_factor: float = _number(3.0)
    #: what a container's tag adds to its score
    tag_weights: Mapping[str, float] = attrs.field(default=TAG_WEIGHTS, converter=_weights)
    #: a list item counts as a paragraph when its own text (nested lists left out)
    #: is a sentence this long, ending in sentence punctuation (a story told in
    #: bullet points)...
    list_item_prose_chars: int = _number(100)
    #: ... with at most this share of it in links (a menu or teaser list is links),
    list_item_link_share: float = _number(0.3)
    #: ... in a list holding at least this many such items
    list_prose_items: int = _number(2)
    #: how many top-scored containers are weighed by their link density
    candidates: int = _number(8)

    # --- vetoes on DROP rules (engine/veto.py) -----------------------------------
    #: a drop that would take this share of the page's paragraph text with the
    #: headline is vetoed...
    veto_share_with_headline: float = _number(0.35)
    #: ... or this share without it (a consent dialog may hold more text than the story)
    veto_share_without_headline: float = _number(0.65)
    #: sibling matches of one weak rule, at least this many, are weighed together
    #: (their shares summed) before each is weighed alone
    veto_together_min: int = _number(3)
    #: hidden text in another branch of the page than the headline is no copy of the
    #: story when the headline stands with this much paragraph text
    reveal_story_chars: int = _number(500)
    #: a hidden element beside the headline holding at least this much paragraph text
    #: (a story's length)...
    reveal_alone_chars: int = _number(1000)
    #: ... and this many times the largest run of visible paragraphs (a paywall's
    #: notice standing where the story should be) is the story, however much other
    #: paragraph text the page holds
    reveal_over_visible: float = _number(4.0)
    #: elements with less text than this are never vetoed
    veto_min_chars: int = _number(100)
    #: a menu, footer or aside holding less than this part of the share that could
    #: veto it, on the page as first parsed, goes at once (before the rules walk)
    veto_early_share: float = _number(0.5)
    #: the share of the page's paragraph text counts only where the page has at least
    #: this much of it (else a footer's few ``<p>`` would be "most of the paragraphs");
    #: the share of its prose always counts
    veto_min_paragraphs: int = _number(500)

    # --- choosing the body (engine/body.py) --------------------------------------
    #: a BODY marker is used when it holds this share of the best container's text...
    marker_share: float = _number(0.3)
    #: ... and at least this many characters of paragraphs
    marker_min_chars: int = _number(100)
    #: other markers join the largest when they hold this share of its text
    marker_sibling_share: float = _number(0.2)
    #: the best container is a bibliography, passed over, when this share of its
    #: paragraph text is citations...
    cited_share: float = _number(0.7)
    #: ... in at least this many entries; the containers around it go too unless
    #: they hold this many times its paragraph text
    cited_min_entries: int = _number(3)
    cited_outside_ratio: float = _number(2.0)
    #: an ancestor scoring this share of the best container...
    climb_score_share: float = _number(0.8)
    #: ... and holding this many times its paragraph text takes its place
    climb_chars_ratio: float = _number(1.5)
    #: widen to an ancestor holding this many times the paragraph text...
    widen_gain: float = _number(1.3)
    #: ... or when this share of the text it adds is paragraph text...
    widen_quality: float = _number(0.6)
    #: ... (and it adds at least this much)...
    widen_min_prose: int = _number(80)
    #: ... as long as its link density stays under this
    widen_density: float = _number(0.35)
    #: a body in a chain of more than this many boxes like it, each nested in the one
    #: before (a forum's malformed markup nests each post in the one before), is a later
    #: post: the chain's outermost box is the body (a grid's nested rows make 2 or 3)
    nested_posts_min: int = _number(3)
    #: ... each box holding at least this much text before the next (a post's own)
    nested_post_min_chars: int = _number(20)
    #: a runner-up elsewhere scoring this share of the chosen container...
    stocked_score_share: float = _number(0.5)
    #: ... holding this many times its paragraph text...
    stocked_ratio: float = _number(4.0)
    #: ... and at least this much, is the article (class words lifted a teaser)
    stocked_min_chars: int = _number(500)
    #: ... or this many times, when the runner-up is the page's ``<main>`` and the chosen
    #: container lies outside it
    stocked_main_ratio: float = _number(2.0)
    #: ... or this many times, when it holds at least ``stocked_agree_boxes`` of the
    #: best-scored boxes, the chosen container none besides its own (a recipe's steps)
    stocked_agree_ratio: float = _number(2.0)
    stocked_agree_boxes: int = _number(3)
    #: ... its text less than this share in links (teasers link each box to a story)
    stocked_agree_density: float = _number(0.1)
    #: a container a SCORE rule lifts, its paragraphs all too deep to credit it, is a
    #: candidate with its weight alone when it holds this much paragraph text
    deep_holder_min_chars: int = _number(500)
    #: siblings scoring this share of the best container join it...
    sibling_share: float = _number(0.2)
    #: ... (and at least this score, unless made like it: same tag and class, and
    #: this share of its score)...
    sibling_min_score: float = _number(10.0)
    sibling_twin_share: float = _number(0.6)
    #: ... or this share, when the tag and class it shares with the body name a class
    #: (a page builder's text block; a bare box is like any other)
    sibling_named_twin_share: float = _number(0.2)
    #: ... unless their link density reaches this
    sibling_link_density: float = _number(0.3)
    #: a sibling paragraph longer than this joins with little link text...
    sibling_paragraph_chars: int = _number(80)
    #: ... that is, under this density
    sibling_paragraph_density: float = _number(0.25)
    #: a sibling box made like the body (same tag and class) that earned no points (its
    #: paragraphs all sit too deep) joins when it holds this much paragraph text...
    sibling_deep_prose_chars: int = _number(150)
    #: ... making up this share of its text (links rare, as for a scored sibling)
    sibling_deep_prose_share: float = _number(0.6)
    #: ... or this much, when it opens with its heading: a section of the story (its
    #: heading over one short paragraph) set in the boxes the body's sections are
    sibling_section_prose_chars: int = _number(80)

    #: this many sibling figures at least, each under a heading opening with its rank
    #: ("1. ...", "2. ...") in sequence and holding prose in its caption, are the items
    #: of a ranked list: their captions are the items' text (engine/ranked_figures.py)
    ranked_figures_min: int = _number(3)

    # --- standfirsts above the body (engine/leads.py, headline_gap.py...) ----------
    #: how many levels above the body a standfirst may sit (a box of one child counts none)
    lead_reach: int = _number(4)
    #: a standfirst has at least this much text (and at most the second)...
    lead_min_chars: int = _number(40)
    lead_max_chars: int = _number(800)
    #: a standfirst set as a heading has at most this much text: a heading longer is the
    #: story's opening paragraph, set in a heading's type (a dek so set is a line or two)
    lead_heading_max_chars: int = _number(500)
    #: ... and at most this link density
    lead_link_density: float = _number(0.5)
    #: a paragraph between the headline and the body this long is a standfirst
    headline_gap_chars: int = _number(60)
    #: ... and more such paragraphs than this are the story, set above the body chosen
    headline_gap_most: int = _number(2)
    #: a marked standfirst inside the body precedes its first paragraph this long
    lead_inside_before_chars: int = _number(150)
    #: a block found with the standfirst, ending no sentence, this long at most, is a line
    #: set around the summary (a byline, a caption, a pointer) when another block is prose
    lead_extra_max_chars: int = _number(120)

    # --- pruning inside the body (engine/prune.py) ---------------------------------
    #: blocks inside the body with more link text than this share are link lists
    link_list_density: float = _number(0.5)
    #: lists with more link text than this share...
    list_link_density: float = _number(0.33)
    #: ... and less text than this are link lists too
    list_max_chars: int = _number(300)
    #: but a block longer than a teaser whose links hold less than this share of its
    #: words (whitespace collapsed: indented markup inside links inflates the raw
    #: share) is no link list
    list_words_link_density: float = _number(0.125)
    #: a link list is the story's own bullet points when this share of its items (two
    #: at least) are sentences linking a few of their words ...
    cited_list_share: float = _number(0.5)
    #: ... each this long at least ...
    cited_item_min_chars: int = _number(40)
    #: ... with this many words outside its links
    cited_item_words: int = _number(4)
    #: a box of links holding a paragraph of prose without a link this long ...
    link_box_prose_chars: int = _number(80)
    #: ... in this many words at least is the story's: its lists are judged alone
    link_box_prose_words: int = _number(12)
    #: a table of at least this many rows of several cells ...
    grid_min_rows: int = _number(3)
    #: ... none longer than this, under a header row or beside values outside links,
    #: is the story's data, not a link list, however many of its cells are links
    grid_cell_max_chars: int = _number(300)
    #: no density rule removes a block this long
    prune_max_chars: int = _number(1000)
    #: text rules look only at blocks shorter than this
    text_rule_max_chars: int = _number(300)
    #: a paragraph shorter than this...
    link_paragraph_chars: int = _number(60)
    #: ... with more link text than this share is a teaser link
    link_paragraph_density: float = _number(0.9)
    #: a heading with more link text than this share is a teaser link
    link_heading_density: float = _number(0.5)
    #: a heading right before a link list, shorter than this, goes with it
    list_heading_max_chars: int = _number(80)
    #: ... and so does a line this short between such a heading and a teaser list
    #: (a series box's blurb)
    list_intro_max_chars: int = _number(160)
    #: ... and loose text this short between such a heading and a link list filling a
    #: box with them (an author box's lines on the author, over "All posts by ...")
    list_blurb_max_chars: int = _number(600)
    #: a closing section (``Role.CLOSING``) goes whole only when its text after the
    #: heading is at most this long
    closing_section_max_chars: int = _number(1500)
    #: a product's pitch closing the body (a heading naming a book or a course, a price,
    #: a link calling to buy it: ``product-pitch-sections``) goes whole when at most this
    #: long: its description runs longer than other closing sections
    product_pitch_max_chars: int = _number(2500)
    #: a note about the page's author closing the body ("Ada Lind is a reporter for
    #: ..."), and the box holding it, are at most this long
    author_note_max_chars: int = _number(400)
    #: a heading left closing the body with nothing after it goes when it is at most
    #: this long: a section's title ("Related posts", "Leave a reply"), not a pull
    #: quote set as a heading
    closing_heading_max_chars: int = _number(60)
    #: an unlabelled byline alone in a box with a date line ("Ada Lind and Jo Bacon
    #: Harbour Times") is at most this long: two or three names and an outlet's
    byline_beside_date_max_chars: int = _number(90)
    #: what stands before the headline inside the body goes when it is at most this
    #: long with no sentence's end: a section's name, a back link, a date line
    headline_label_max_chars: int = _number(40)
    #: longer, what stands before the headline inside the body goes too when the text
    #: after the headline is at least this many times as long and opens with prose: the
    #: page's boxes (a side column's widgets, a fact box) set above the story
    headline_boxes_story_ratio: float = _number(3.0)
    #: a line of a post's fields opening the body ("Ada Lind · May 3, 2024 · Travel · 7
    #: comments") is at most this long, in at most this many fields of at most this many
    #: words each (its date or count aside): a line of the story runs longer
    metadata_line_max_chars: int = _number(120)
    metadata_line_max_fields: int = _number(6)
    metadata_field_max_words: int = _number(5)
    #: a list's item left closing the body as a label ending in a colon ("Diese
    #: Seite:", "Credits:") goes when it is at most this long: an item of the story
    #: ending in a colon is longer ("The council's full list of closures follows:")
    dangling_label_max_chars: int = _number(40)
    #: a paragraph closing the body that is one word in capitals set in bold goes when
    #: it is at most this long: the outlet's label ("RIRM", "NEWSWIRE.COM"); a longer
    #: word is no outlet's name or mark
    source_label_max_chars: int = _number(24)
    #: a personal bio of the author closing the body tells at least this many different
    #: things of their life ("native", "husband", "loves", ...): one may be the story's
    author_bio_min_cues: int = _number(2)
    #: such a bio, in a box of its own, is at most this long (a note on the writer's
    #: job is shorter: ``author_note_max_chars``)
    author_bio_max_chars: int = _number(1000)
    #: a line naming the page's author with an e-mail address ("Contact Ada Lind at
    #: ...") closing the body is at most this long
    author_contact_max_chars: int = _number(200)
    #: labels of a ``Role.GROUPED`` rule (a video player's controls) go when at least
    #: this many different ones stand in one box...
    grouped_min_labels: int = _number(4)
    #: ... the largest element around them holding at most this much text
    grouped_box_max_chars: int = _number(1200)
    #: the smallest box holding such labels is a player's (``player-boxes``: it goes
    #: with its titles and captions) when no text piece in it is longer than this (a
    #: slide's caption of a sentence or two)...
    player_box_line_max_chars: int = _number(300)
    #: ... and its paragraphs (``p``) hold at most this much text together
    player_box_paragraph_max_chars: int = _number(200)
    #: a heading that ends the article (``Role.ENDING``, a comment section's) is heeded
    #: only after at least this much of the body's text
    ending_min_chars_before: int = _number(300)
    #: a story scrolled in under the article (an <article> with its own h1 after the
    #: one holding the page's story) goes when it holds at least this much text
    next_story_min_chars: int = _number(200)
    #: a readers' comment thread with no heading is known by its per-comment controls
    #: ("Reply", "Report abuse"): at least this many sibling items holding one
    thread_min_items: int = _number(3)
    #: a picture gallery known by its counters ("1/50", "2/50") has this many slides
    #: at least, and goes when a paragraph of the story this long stands on each side
    gallery_min_slides: int = _number(3)
    gallery_prose_chars: int = _number(120)
    #: a line set word for word in this many blocks in a row (nothing else between
    #: them) is a widget's, not the story's: a slideshow's title under each slide, a
    #: "click to enlarge" under each picture; it has this many words at least and is
    #: at most this long (a story's repeated passage is longer)
    repeated_line_min_run: int = _number(3)
    repeated_line_min_words: int = _number(3)
    repeated_line_max_chars: int = _number(100)
    #: beside the best-scored container, a run of this many sibling items each holding
    #: a linked headline or a line telling how long ago its story came out ("3 minutes
    #: ago", at most this long) is a stream of teasers (``teaser_list_share`` of them
    #: with a linked headline or mostly link text)
    stream_min_items: int = _number(3)
    stream_line_max_chars: int = _number(40)
    #: ... when the best-scored container holds this much paragraph text (a story)
    stream_core_min_chars: int = _number(500)
    #: a block this short whose text is mostly (this share) a link to another story
    #: of the same site is a teaser...
    teaser_max_chars: int = _number(300)
    teaser_link_share: float = _number(0.5)
    #: ... when the link's text (a headline) has at least this many words
    teaser_headline_words: int = _number(3)
    #: a list whose items (this share of them) each begin with such a headline, or
    #: hold one making up this share of their text, is a list of teasers
    teaser_list_share: float = _number(0.6)
    teaser_item_link_share: float = _number(0.3)
    #: an item opening with such a headline may be this long when its excerpt is cut
    #: short ("...", perhaps with a "Read more" link after it); a link wrapping a box
    #: (a card) at most this long is a teaser that the body chooser passes over
    teaser_excerpt_max_chars: int = _number(1000)
    #: a line of a teaser item at most this long that opens with a date is the date
    #: its story was published (a rail's card: headline, date, excerpt)
    teaser_date_max_chars: int = _number(60)
    #: a list of teaser cards each closed by a button (a title line, a blurb, a link to
    #: another page of the site) goes when the body holds at least this many times its
    #: text before it: below the story, not a landing page made of such cards
    teaser_cards_story_ratio: float = _number(2.0)
    #: a box around a teaser's headline at most this long, all of whose links (two at
    #: least) lead to the headline's story, is its card: kicker, picture and blurb go
    teaser_box_max_chars: int = _number(400)
    #: a run of at least this many sibling cards in the body, each linking to another
    #: story of the site and holding a blurb at least this long cut short ("..."), is a
    #: rail of teasers (``teaser-excerpts``), each card at most
    #: ``teaser_excerpt_max_chars`` long
    excerpt_min_cards: int = _number(3)
    excerpt_min_chars: int = _number(60)
    #: a box among the story's paragraphs opening with a heading and a byline line over
    #: at least this much text of its own is another story's teaser (``bylined-boxes``)
    bylined_box_min_chars: int = _number(200)
    #: a block closing the body at most ``teaser_box_max_chars`` long with this share of
    #: its text in italics, linking to another story of the site, is the editor's pointer
    #: to it ("This is part 2 of ...", "More on that here: ...")
    italic_pointer_share: float = _number(0.8)
    #: a box among or after the story's paragraphs at most this long, of two or more
    #: short lines with no sentence's end and a link to another page of the site, is a
    #: card pointing away ("Keep reading" over a topic line, "Appeared in" over an issue)
    label_card_max_chars: int = _number(160)
    #: a run of at least ``stream_min_items`` boxes made alike closing the body, each two
    #: lines at most this long (a role, then a name with no digit), is the page's credits
    #: ("Interview / Ada Lind", "Photographer / Jo Doe"), not the story's text
    credit_line_max_chars: int = _number(60)

    # --- the page's own fallbacks (engine/prepare.py) ------------------------------
    #: a ``<noscript>`` with this much paragraph text is the page's text for readers
    #: without scripts (Blogger's posts), not a pixel or a "turn on JavaScript" notice
    noscript_article_chars: int = _number(300)
    #: the box around a form asking for an email address holds at most this much text
    #: besides the form: its heading and pitch ("Newsletter", "Leave a reply"), never
    #: a story's paragraphs
    form_box_max_chars: int = _number(250)
    #: the text the page's structured data gives (a JSON-LD ``articleBody``, a
    #: ``HowTo``'s or ``Recipe``'s steps) replaces the body found in the markup when
    #: that body holds at most ``structured_body_dom_max_chars`` characters (a log-in
    #: box, a paywall's offer, an "update your browser" notice: never a whole story) and
    #: the structured text is at least ``structured_body_ratio`` times as long and
    #: ``structured_body_min_chars`` long (a summary is no story)
    structured_body_dom_max_chars: int = _number(1500)
    structured_body_ratio: float = _number(3.0)
    structured_body_min_chars: int = _number(1000)
    #: a box selling something in the body (a price line and a call to buy, engine
    #: ``buy-boxes``) holds at most this much text, and no paragraph or list item
    #: longer than ``buy_box_prose_max_chars``: the offer's fine print, not a review's
    #: description of the product
    buy_box_max_chars: int = _number(2000)
    buy_box_prose_max_chars: int = _number(260)
    #: ... and is one of at most this many offers: more price lines around it make a
    #: list or grid comparing products, which a review is about
    buy_box_max_offers: int = _number(2)
    #: a branch of the body beside the best-scored container holding the site's search
    #: form (engine ``search-columns``: a side column the body was widened over) holds
    #: at most this share of that container's text: more is no column of widgets
    search_column_max_share: float = _number(0.5)
    #: a shop's strip of product cards (engine ``shop-strips``) is a row of at least
    #: this many cards made alike, each naming a price, at most ``shop_card_max_chars``
    #: long (a product's name, price and button, no review of it)
    shop_strip_min_cards: int = _number(3)
    shop_card_max_chars: int = _number(200)
    #: a list of one line, a label ending in a colon of at most this many characters
    #: and links to other sites ("See it now: <a>Shop</a>"), set at least
    #: ``buy_line_min_repeats`` times among its siblings, is a round-up's buy line for
    #: each product: no link list
    buy_line_label_max_chars: int = _number(40)
    buy_line_min_repeats: int = _number(3)
    #: a box whose content a drop rule took, left holding one line of at most this
    #: many characters ending no sentence (engine ``orphan-labels``), was that
    #: content's title ("Ähnliche Themen" over a removed list of tags): as long as a
    #: bare label elsewhere (``dangling_label_max_chars``); the box holds at most
    #: ``orphan_label_max_elements`` elements, itself counted (the label and its
    #: wrappers: more is a widget still standing, and counting stops there)
    orphan_label_max_chars: int = _number(40)
    orphan_label_max_elements: int = _number(4)

    @classmethod
    def preset(cls, favor: Favor) -> Tuning:
        """The tuning behind ``extract(favor=...)``."""
        if favor not in FAVORS:
            raise OptionError(f"favor must be one of {', '.join(FAVORS)}, not {favor!r}")
        return TUNINGS[favor]

    @classmethod
    def from_toml(cls, path: str | Path) -> Tuning:
        """A tuning read from a TOML file: field names as keys, ``tag_weights`` as a
        table, and an optional ``preset = "precision"`` (or ``"recall"``) to start from."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise OptionError(f"cannot read tuning file {path}: {exc}") from exc
        base = cls.preset(data.pop("preset", "balanced"))
        known = {field.name for field in attrs.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise OptionError(f"{path}: unknown tuning field(s): {', '.join(unknown)}")
        if "tag_weights" in data:
            data["tag_weights"] = {**base.tag_weights, **data["tag_weights"]}
        try:
            return attrs.evolve(base, **data)
        except (TypeError, ValueError, AttributeError) as exc:
            raise OptionError(f"{path}: {exc}") from exc


TUNINGS: dict[Favor, Tuning] = {
    "precision": Tuning(
        widen_gain=1.8, widen_quality=0.85, widen_density=0.2, sibling_share=0.6,
        sibling_named_twin_share=0.6, link_list_density=0.3, sibling_deep_prose_chars=400,
        sibling_section_prose_chars=400,
    ),
    "balanced": Tuning(),
    "recall": Tuning(
        widen_gain=1.1, widen_quality=0.35, widen_density=0.5, sibling_share=0.08,
        link_list_density=0.75, sibling_deep_prose_chars=80,
    ),
}  # fmt: skip


def _check_tuning(instance: Options, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, Tuning):
        raise OptionError(f"tuning must be a newsclean.Tuning, not {value!r}")


@attrs.frozen
class Options:
    """What to keep besides the body text, and which way to lean when unsure."""

    include_images: bool = False
    include_links: bool = True
    include_tables: bool = True
    include_captions: bool = False
    include_comments: bool = False
    include_title: bool = True
    include_standfirst: bool = False
    favor: Favor = "balanced"
    #: thresholds to use instead of the ``favor`` preset
    custom_tuning: Tuning | None = attrs.field(default=None, validator=_check_tuning)

    def __attrs_post_init__(self) -> None:
        if self.favor not in FAVORS:
            raise OptionError(f"favor must be one of {', '.join(FAVORS)}, not {self.favor!r}")
        if self.custom_tuning is not None and self.favor != "balanced":
            raise OptionError("give favor or tuning, not both (a tuning file may name a preset)")
        for field in attrs.fields(Options):
            value = getattr(self, field.name)
            if field.name.startswith("include_") and not isinstance(value, bool):
                raise OptionError(f"{field.name} must be True or False, not {value!r}")

    @property
    def tuning(self) -> Tuning:
        """The thresholds in force: the caller's, else the ``favor`` preset's."""
        return self.custom_tuning or TUNINGS[self.favor]
