"""The thresholds of the page's own fallbacks and the boxes found before scoring
(engine/prepare.py...): a part of :class:`newsclean.settings.Tuning`."""

from __future__ import annotations

import attrs

from .fields import number as _number


@attrs.frozen(slots=False)
class PrepareTuning:
    """The page's fallbacks (``<noscript>``, structured data) and boxes found before scoring."""

    # --- the page's own fallbacks (engine/prepare.py) ------------------------------
    #: a ``<noscript>`` with this much paragraph text is the page's text for readers
    #: without scripts (Blogger's posts), not a pixel or a "turn on JavaScript" notice
    noscript_article_chars: int = _number(300)
    #: the box around a form asking for an email address holds at most this much text
    #: besides the form: its heading and pitch ("Newsletter", "Leave a reply"), never
    #: a story's paragraphs
    form_box_max_chars: int = _number(250)
    #: ... or, for a sign-up (no text area: a comment form's box holds its thread), at
    #: most this much when it holds at most ``signup_pitch_max_paragraphs`` paragraphs,
    #: none longer than ``signup_pitch_line_chars`` (engine/signup_pitches.py): a list
    #: of perks, a privacy note, the "check your inbox" message the form shows once
    #: sent; a story's paragraphs around a form set among them stop the climb
    signup_pitch_max_chars: int = _number(800)
    signup_pitch_max_paragraphs: int = _number(2)
    signup_pitch_line_chars: int = _number(80)
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
    #: a body container holding this share of the text of the page's ``<body>`` is the
    #: page's wrapper (engine ``page-footers``): its branches after the story's go...
    page_wrapper_share: float = _number(0.9)
    #: ... below a header: the boxes before the story's branch hold this many links
    #: (a menu; a story's byline links its writer once)...
    page_header_min_links: int = _number(3)
    #: ... when they hold, outside their links, at most this share of the best-scored
    #: container's text (a story told in many boxes holds more after its best one)...
    page_footer_max_share: float = _number(1.0)
    #: ... and at most this many paragraphs of ``page_footer_prose_chars`` or more (a
    #: footer's pitch or licence is one or two; a story's further part runs on)
    page_footer_max_prose: int = _number(2)
    page_footer_prose_chars: int = _number(300)
    #: a contact card (engine ``contact-boxes``, after the story's box; read by
    #: ``page-footers`` as the site's footer too) holds at most this many characters...
    contact_box_max_chars: int = _number(600)
    #: ... in at least this many lines (a name, a street, a town, a number)...
    contact_card_min_lines: int = _number(3)
    #: ... each shorter than this: a card's lines are a name, a street, a number; a
    #: line as long is prose (a listing's description of the place it gives)
    contact_line_max_chars: int = _number(100)
    #: the box after the story's branch in a row of two, holding titles and no ``h1``
    #: (engine ``side-columns``: the site's side column the body was widened over),
    #: holds outside its links at most this share of the branch's text (widgets beside
    #: a story are short against it; a story's further part in a box of its own is not)...
    side_column_max_share: float = _number(0.35)
    #: ... or this share, when it holds at least ``side_column_many_titles`` titles over
    #: at most ``side_column_title_words`` characters outside links each on average (a
    #: column of many short widgets, each under its title, beside a short story)
    side_column_titled_share: float = _number(1.0)
    side_column_many_titles: int = _number(3)
    side_column_title_words: int = _number(250)
    #: ... at most this many paragraphs of ``page_footer_prose_chars`` or more (a bio's)...
    side_column_max_prose: int = _number(1)
    #: ... and fewer than this many date lines: readers' comments or a stream of news,
    #: each item dated, are no widgets
    side_column_min_dates: int = _number(2)
    #: the side column may stand in several boxes after the story's branch; a box before
    #: that branch leaves the row read only when this share of its text is in links (a
    #: menu): more text is a side column before the story, and the row is no story's
    side_column_menu_links: float = _number(0.8)
    #: ... and a box among them under no title holds, outside its links, at most this
    #: many characters: a line ("Copyright 2024 ...", "Subscribe to updates"), not a
    #: text of its own (a product's description, a note to the story)
    side_column_line_chars: int = _number(80)
    #: ... a widget's title set as a plain line (engine/widget_labels.py: the classed
    #: first element of its box, no heading) holds at most this many characters, and
    #: counts as a title when at least ``side_column_alike_labels`` are set alike (one
    #: tag, one class): a theme styles all its widgets' titles the same way
    side_column_label_chars: int = _number(60)
    side_column_alike_labels: int = _number(2)
    #: ... and none of the boxes holds an ordered list with at most this share of its
    #: text in links: the story's footnotes or steps (a widget's list is of linked
    #: headlines)
    side_column_notes_links: float = _number(0.5)
    #: a feed of news in a side column (engine ``side-columns``, engine/side_feeds.py) is
    #: a list of at least this many items opening on a dated link to a page of their own...
    side_feed_min_items: int = _number(3)
    #: ... holding at most this share of the side column's text (the column holds other
    #: widgets beside it; a list alone after the story's opening is a live blog's)
    side_feed_max_share: float = _number(0.8)
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
    #: a date's label set in the element right before its date (engine ``date-labels``,
    #: engine/date_labels.py: "<dt>Updated</dt><dd>3 May 2024</dd>") holds at most this
    #: many characters, a word or three and its colon; the date taken is searched for its
    #: label through at most ``date_label_max_wrappers`` wrappers holding nothing but it
    #: ("<dd><span><time>")
    date_label_max_chars: int = _number(40)
    date_label_max_wrappers: int = _number(3)
