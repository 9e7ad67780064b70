"""The thresholds of pruning widgets and teasers inside the body (players, threads,
galleries, streams, teaser cards...): a part of :class:`newsclean.settings.Tuning`."""

from __future__ import annotations

import attrs

from .fields import number as _number

#: A clip's title (engine ``clip-titles``, engine/player_boxes.py) beside its running-time
#: line holds at most this many characters...
CLIP_TITLE_MAX_CHARS = 150
#: ... in a box (title, running time, nothing much else) of at most this many
CLIP_BOX_MAX_CHARS = 250
#: A running-time line holds at most this many characters as set in the markup, its
#: indentation counted (engine/drops.py: a first, cheap test before its text is read as
#: ``clip-running-times`` reads it)
CLIP_LINE_RAW_MAX_CHARS = 400

#: A box under the story around a blurb cut short ("...") whose links to other pages of
#: the site all lead to one page, at least this many times (a headline or a picture and
#: a "more" button), is that page's teaser card (engine/linked_excerpts.py)
EXCERPT_CARD_MIN_LINKS = 2

#: Readers' comments known by their shape (engine/comment_lists.py, read with
#: ``include_comments=True`` when the page's names tell none): a comment's date line or
#: name line holds at most this many characters...
COMMENT_LINE_MAX_CHARS = 80
#: ... its name at most this many words ("Ana", "Dr. Jo van Berg")...
COMMENT_NAME_MAX_WORDS = 5
#: ... a link in it at most this many words (a teaser's linked title runs longer)...
COMMENT_TITLE_MAX_WORDS = 8
#: ... and the whole comment, replies nested in it included, at most this many characters
COMMENT_ITEM_MAX_CHARS = 6000

#: The fewest lines of a label card (engine/label_cards.py: a label and what it labels);
#: a credit has just these.
LABEL_CARD_MIN_LINES = 2
#: The fewest linked boxes made alike that make a row of items, not a card.
LABEL_CARD_ROW_MIN_ITEMS = 2

#: An offer's price line's and call's longest text (engine/offers.py: a label, the
#: amount, its unit).
OFFER_LINE_MAX_CHARS = 48

#: The share of a box's text its loose prose makes up at least (engine/teaser_lists.py).
TEASER_LIST_LOOSE_PROSE_SHARE = 0.5

#: A comment thread's control is at most this long (engine/threads.py: an "author, date,
#: time, Reply" line).
THREAD_CONTROL_MAX_CHARS = 100

#: A control a script made of an element with no role, known by its ``tabindex``
#: (``control-labels``, rules/builtin/focusable_labels.py), holds at most this many
#: elements: an icon and a label's span or two; a formula a math renderer set in
#: focusable spans holds one per symbol.
FOCUSABLE_CONTROL_MAX_ELEMENTS = 4

#: A picture gallery stands between paragraphs of the story at least this long, mostly
#: outside links: the field ``gallery_prose_chars`` (engine/slides.py) defaults to it,
#: and the builtin rule ``gallery-in-story`` (rules/builtin/furniture.py) reads it as it is.
GALLERY_PROSE_CHARS = 120


@attrs.frozen(slots=False)
class WidgetTuning:
    """What goes from inside the body as a widget's or another story's: players, comment
    threads, galleries, repeated lines, streams and cards of teasers."""

    # --- widgets and teasers inside the body (engine/player_boxes.py, teasers.py...) ---
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
    #: a video slot (an embed of a video host, or an empty box kept at a clip's shape by
    #: a padding in percent: ``player-remnants``) is looked for in a box around it this
    #: many levels up at most...
    player_slot_levels: int = _number(4)
    #: ... holding at most this much text (a label, the clip's title, its source)...
    player_slot_box_max_chars: int = _number(250)
    #: ... and each of those lines goes when it holds at most this much, with no
    #: sentence stop (a caption telling the clip in a sentence stays)
    player_slot_line_max_chars: int = _number(120)
    #: a heading that ends the article (``Role.ENDING``, a comment section's) is heeded
    #: only after at least this much of the body's text
    ending_min_chars_before: int = _number(300)
    #: a reply form (``reply-forms``) goes with the largest box around it holding at most
    #: this much text: its heading, its rules for commenters, its fields' labels
    reply_box_max_chars: int = _number(1000)
    #: ... and ends nothing when the story goes on after it: at least this many
    #: paragraphs of prose follow its box, one after the other (a tip or contact form
    #: set inside the story; a comment form's thread is set in boxes of its own)...
    reply_story_paragraphs: int = _number(2)
    #: ... each at least this long
    reply_story_paragraph_chars: int = _number(150)
    #: a pay or registration wall's line ("Subscribe to continue reading", "Schon
    #: registriert? Hier einloggen": ``wall-boxes``) is a whole text at most this long...
    wall_line_max_chars: int = _number(160)
    #: ... and goes with the box it opens (nothing with words before it there) as large
    #: as still holds at most this much text: the wall's offers, log-in note and FAQ
    wall_box_max_chars: int = _number(1500)
    #: a newsletter's sign-up box in the body (``newsletter-boxes``: a title, a few lines
    #: on what it sends, a way to sign up) holds at most this much text...
    newsletter_box_max_chars: int = _number(700)
    #: ... and at least this many of the sign-up cues (the newsletter named, the mail,
    #: signing up, signing off at any time, free, how often): a story's box about a
    #: newsletter names fewer
    newsletter_box_min_cues: int = _number(4)
    #: a story scrolled in under the article (an <article> with its own h1 after the
    #: one holding the page's story) goes when it holds at least this much text
    next_story_min_chars: int = _number(200)
    #: a readers' comment thread with no heading is known by its per-comment controls
    #: ("Reply", "Report abuse"): at least this many sibling items holding one
    thread_min_items: int = _number(3)
    #: readers' comments known by their shape (a date line, a name line, a short text;
    #: read with ``include_comments=True`` when the page's names tell none) with no
    #: heading naming them are at least this many sibling items, a "Reply" in one
    comment_list_min_items: int = _number(1)
    #: a picture gallery known by its counters ("1/50", "2/50") has this many slides
    #: at least, and goes when a paragraph of the story this long stands on each side
    gallery_min_slides: int = _number(3)
    gallery_prose_chars: int = _number(GALLERY_PROSE_CHARS)
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
    #: a list right after a rail's heading (``read-also-teasers`` took it) of at least
    #: this many items, each a link and nothing else, is the rail's links (``rail-cards``)
    rail_list_min_links: int = _number(2)
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
