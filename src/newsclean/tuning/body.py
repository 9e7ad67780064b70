"""The thresholds of choosing the body (engine/body.py, siblings.py...): a part of
:class:`newsclean.settings.Tuning`."""

from __future__ import annotations

import attrs

from .fields import number as _number

#: The longest first text read as a pop-up's close control ("×", "Close"): a box opening
#: with one is a dialog, not the article (engine/dialogs.py).
CLOSE_CONTROL_MAX_CHARS = 20


@attrs.frozen(slots=False)
class BodyTuning:
    """Which container is the body, and what joins it."""

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
    #: ... unless this share of the paragraph text it adds is in blocks wholly inside
    #: links (``widen_linked_share`` of their text at least): teaser cards' blurbs
    widen_linked_most: float = _number(0.5)
    widen_linked_share: float = _number(0.9)
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
    #: ... or only this much when the chosen container, widened, holds at most
    #: ``thin_best_max_chars`` of paragraph text, no SCORE rule lifting it
    #: (``thin-best``: one line, a date or a
    #: copyright notice its box's tag weight lifted, against a short story's paragraph)
    thin_stocked_min_chars: int = _number(150)
    thin_best_max_chars: int = _number(80)
    #: ... or this many times, when the runner-up is the page's ``<main>`` and the chosen
    #: container lies outside it
    stocked_main_ratio: float = _number(2.0)
    #: ... or this many times, when it holds at least ``stocked_agree_boxes`` of the
    #: best-scored boxes, the chosen container none besides its own (a recipe's steps)
    stocked_agree_ratio: float = _number(2.0)
    stocked_agree_boxes: int = _number(3)
    #: ... its text less than this share in links (teasers link each box to a story)
    stocked_agree_density: float = _number(0.1)
    #: the best container, speaking for the site of its cookies or privacy policy, is
    #: a notice (a consent banner, a policy pop-up: engine/notices.py) when the box
    #: around it holding at most this share of the page's text holds a script's control
    notice_max_share: float = _number(0.25)
    #: the box of such a notice is the outermost around that container adding to its
    #: text, outside links and buttons, at most this many characters: the notice's
    #: title ("Benachrichtigungen erlauben") or a close control's label, never a story
    notice_label_max_chars: int = _number(40)
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
    #: a sibling after the body opening with its heading (or a plain line read as one)
    #: over at most this many paragraphs of ``sibling_paragraph_chars`` or more joins by
    #: its score no more (engine/note_boxes.py: a notice, a sign-up's pitch set after
    #: the page's footer, a post's footer of short lines)
    note_box_paragraphs: int = _number(1)
    #: the page's first this many h1s are read as its headline (a logo's, the story's)
    headed_headlines: int = _number(3)
    #: the best container (widened) standing under none of them, a
    #: runner-up scoring this share of it that does is the body (engine/headed_body.py:
    #: a consent notice or a footer's blurb outscoring a story on a page marking none)...
    headed_score_share: float = _number(0.5)
    #: ... and holding this share of its paragraph text (a notice wins on its dense
    #: sentences, not on its length; a site's motto under its name set as an h1, or a
    #: story's opening above the box going on with it, holds less)...
    headed_chars_share: float = _number(1.0)
    #: ... standing under one: holding it, or opening after it with at most this much
    #: text between (a byline, a date, a caption)
    headed_gap_chars: int = _number(400)
    #: a best container (widened) opening with the site's name as the page's title sets
    #: it beside the headline (at least this long) is the publisher's blurb about itself
    #: (a footer's "about us", a side column's): the runner-up under the headline needs
    #: only this share of its score, and none of its text
    headed_site_min_chars: int = _number(4)
    headed_blurb_score_share: float = _number(0.4)
    #: a best container that is an item of a list, or the box right inside one, whose
    #: items (this many at least, half of them) each open with a heading of their own is
    #: a column of widgets under their titles (a poem, a picture, a quote): the
    #: runner-up under the headline needs only
    #: ``headed_blurb_score_share`` of its score, and none of its text
    headed_widget_items: int = _number(3)
    #: a best container (widened) whose list holds this share of its text in at least
    #: ``feed_min_items`` items, each opening with a link and holding at least
    #: ``feed_excerpt_min_chars`` outside its links, is a feed widget (a story's title
    #: linked over its opening): the box right after the headline, found within
    #: ``feed_story_steps`` boxes, is the body (``feed-widget``: a one-line post)
    feed_text_share: float = _number(0.8)
    feed_min_items: int = _number(3)
    feed_excerpt_min_chars: int = _number(40)
    feed_story_steps: int = _number(4)
    #: the story's sections beside the best container (engine/sections.py): the box
    #: holding it at most this many levels up is a section when others like it stand
    #: beside it (under headings of one level)...
    section_climb: int = _number(2)
    #: ... and the best container holds this share of its paragraph text
    section_core_share: float = _number(0.6)
    #: ... the other sections joining with less than this share of their words in links
    section_link_density: float = _number(0.3)

    #: this many sibling figures at least, each under a heading opening with its rank
    #: ("1. ...", "2. ...") in sequence and holding prose in its caption, are the items
    #: of a ranked list: their captions are the items' text (engine/ranked_figures.py)
    ranked_figures_min: int = _number(3)
