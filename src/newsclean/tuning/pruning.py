"""The thresholds of pruning inside the body (engine/prune.py, link lists, closing blocks,
the body's edges): a part of :class:`newsclean.settings.Tuning`."""

from __future__ import annotations

import attrs

from .fields import number as _number

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

#: A closable box (engine ``dismissible-boxes``, engine/dismissibles.py) holds at most
#: this much text (and half the container's): a banner or an appeal, not a wrapper of
#: the story.
DISMISSIBLE_BOX_MAX_CHARS = 1500
#: A follow card (engine ``follow-cards``, engine/follow_cards.py: a box around a button
#: saying only "Follow") is the largest box up to this many levels above the button (a
#: writer's card nests the avatar beside the name deep: the card takes both)...
FOLLOW_CARD_LEVELS = 8
#: ... holding at most this much text (and half the container's): a topic's or a
#: writer's title, a line on it and a count of followers, not a section of the story.
FOLLOW_CARD_MAX_CHARS = 300
#: A prompt box (engine ``prompt-boxes``, engine/prompt_boxes.py: a notification or app
#: prompt with a control turning it down) holds at most this much text (and half the
#: container's): the ask, its states and controls, not a story's section.
PROMPT_BOX_MAX_CHARS = 800
#: A cookie notice in the body (engine ``consent-boxes``, engine/consent_boxes.py) holds
#: at most this much text (and half the container's): a banner, or the panel of its
#: settings listing each kind of cookie, not a story's section...
CONSENT_BOX_MAX_CHARS = 4000
#: ... and its lines on cookies, privacy or consent make at least this share of its text
#: (a settings panel's rows of a cookie's name and lifetime are the rest); a story's box
#: quoting such a line holds paragraphs on other things.
CONSENT_TOPIC_SHARE = 0.5
#: A typo-report line (engine ``typo-report-boxes``, engine/typo_boxes.py: "Select the
#: text and press Ctrl+Enter") holds at most this much text: a story's paragraph on the
#: keys runs longer...
TYPO_LINE_MAX_CHARS = 200
#: ... and the box around it at most this much (and half the container's): its title,
#: its lines, its button, not a section of the story.
TYPO_BOX_MAX_CHARS = 400
#: ... and no text this long follows it in the body: a tutorial's step naming the keys
#: ("Select the cell and press Ctrl+Enter.") has the story going on after it; the site's
#: box stands after the story.
TYPO_STORY_AFTER_CHARS = 150

#: A div closing the body holding a label ending in a colon (engine ``dangling-labels``,
#: engine/closing_blocks.py) and at least this many links showing no words is a share
#: bar: the label goes ("Share this story:" over its icons; one icon link is a pointer's).
DANGLING_LABEL_MIN_ICON_LINKS = 2

#: The fewest links with words a row of loose links (engine ``link-rows``,
#: engine/link_rows.py) holds (one link alone on a line is a source or the story's
#: pointer, which the link-block rules judge).
LINK_ROW_MIN_LINKS = 2
#: The longest row read: a row of a site's links is a line or two, not a paragraph.
LINK_ROW_MAX_CHARS = 300

#: The most words a bracketed pointer closing a sentence has ("read more", "czytaj
#: więcej", "mehr dazu"; engine/pointers.py).
POINTER_MAX_WORDS = 3

#: The longest heading read as one naming the site (engine ``self-promos``,
#: engine/self_promos.py: a line, no paragraph).
SELF_PROMO_HEADING_MAX_CHARS = 80
#: The shortest name of a site read in such a heading: shorter ones ("bz", "n") are words.
SELF_PROMO_SITE_NAME_MIN_CHARS = 3

#: A line of at most this many words before a list of links is its label
#: (engine/link_parts.py, block_labels.py).
LINK_LIST_LABEL_WORDS = 4
#: A heading over a labelled pointer line ("Main article: ...") titles the section when,
#: after the pointer, a sibling holds at least this many characters of prose
#: (engine/section_pointers.py): a story's paragraph, not a caption or a label...
SECTION_PROSE_CHARS = 80
#: ... with less than this share of its text in links (a list of teasers is no prose).
SECTION_PROSE_LINK_DENSITY = 0.5
#: The fewest lines, each one link, that make a paragraph a list set with line breaks
#: (engine/link_parts.py).
LINK_LINES_MIN = 2

#: The longest inline text of a box of empty blocks read in their stead
#: (engine/inline_lines.py ``inline_holder``): as long as the longest edge rule reads (a
#: closing disclaimer in an <em> beside an author box's empty boxes runs to 600 characters).
INLINE_HOLDER_MAX_CHARS = 700

#: The shortest block read as a copy of an author's bio from the page's structured
#: data (engine/author_notes.py), and how much of a bio's opening a longer block must hold.
AUTHOR_NOTE_MIN_BIO_COPY = 40
AUTHOR_NOTE_BIO_OPENING = 80

#: The most headings left closing the body that go together (engine/closing_blocks.py: a
#: longer run is a list).
CLOSING_HEADINGS_MAX_RUN = 2

#: The longest heading read as a review's score ("Our verdict: 8.5 out of 10 stars"),
#: which the closing passes leave (engine/score_headings.py).
SCORE_HEADING_MAX_CHARS = 40

#: The most short labels ("Reader conversations", a widget's title over its empty box)
#: the closing walk passes below an author's note, taking them with it
#: (engine/closing_bios.py): a longer run of short lines is the story's own list.
CLOSING_LABELS_MAX_RUN = 2

#: The most words before the author's name in a byline with no date ("By", "Von";
#: engine/edge_bylines.py).
BYLINE_AUTHOR_LABEL_WORDS = 1
#: The most words of a byline's lead ending in "by" ("Article by", "Written by") before
#: the author's name in a byline with no date (engine/edge_bylines.py).
BYLINE_LEAD_LABEL_WORDS = 2

#: A breadcrumb trail at the body's edge (engine/edge_fields.py) has at least this many
#: steps (two separators), each but the last (the page's own title) at most this many
#: words, and the line at most this long.
BREADCRUMB_MIN_STEPS = 3
BREADCRUMB_STEP_MAX_WORDS = 6
BREADCRUMB_MAX_CHARS = 300

#: Words read together when a pull quote's words are looked for in the story
#: (engine/pull_quotes.py): a run of this many in the same order is the story's
#: sentence, not a word it happens to use.
PULL_QUOTE_WORD_RUN = 4

#: The fewest letters of an outlet's label (engine/source_labels.py): "AP" or "AFP" alone
#: may be a word of a language set in capitals; the agencies' short names have their own
#: credit rules.
SOURCE_LABEL_MIN_LETTERS = 4


@attrs.frozen(slots=False)
class PruningTuning:
    """What goes from inside the body: link lists, teaser links, closing sections, edge lines."""

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
    #: ... and its list of links, when it leads to the site's own pages, names topics
    #: (the areas a page's section covers) when each item has this many words at most:
    #: a promo's list of the site's stories names them by headlines
    link_box_topic_words: int = _number(3)
    #: a box of links whose such paragraphs make up this share of its text at least
    #: keeps them when its links are mostly downloads: a download box's labels
    #: ("Download the chart" per picture) outweigh the story's paragraph
    link_box_prose_share: float = _number(0.2)
    #: a box of links whose items (list items, table rows: this many at least) ...
    measured_items_min: int = _number(3)
    #: ... name an amount with its unit outside their links, this share of them at
    #: least, is a recipe's ingredients linking some to the site's product pages
    measured_items_share: float = _number(0.5)
    #: a list of links to other sites of this many items at least, each wholly its
    #: link, ...
    story_list_min_items: int = _number(2)
    #: ... whose items hold this many words on average,
    #: after a paragraph of prose (past labels and such lists before it, this many
    #: siblings back at most), is the story's own list of what it recommends
    story_list_item_words: int = _number(3)
    story_list_lookback: int = _number(6)
    #: a table of at least this many rows of several cells ...
    grid_min_rows: int = _number(3)
    #: ... none longer than this, under a header row or beside values outside links,
    #: is the story's data, not a link list, however many of its cells are links
    grid_cell_max_chars: int = _number(300)
    #: no density rule removes a block this long
    prune_max_chars: int = _number(1000)
    #: text rules look only at blocks shorter than this...
    text_rule_max_chars: int = _number(300)
    #: ... but for a rule whose own ``max_length`` is longer (a consent placeholder
    #: naming the provider, the site and how to withdraw, a supporter appeal, in their
    #: longest wording), which reads one-block texts up to its own length and never
    #: past this
    long_text_rule_max_chars: int = _number(600)
    #: a line a caption credit rule matches (``credited-captions``: "... © Agency") is
    #: no caption's credit when its box holds more links than this before the copyright
    #: sign: a site's closing box of links and notices ("About | Privacy | Contact ©
    #: 2024 Example Media"); a caption's lines (a title, its text, the credit, a gallery's
    #: "skip" link after it) link the picture or its credit at most
    credit_caption_max_links: int = _number(1)
    #: a paragraph shorter than this...
    link_paragraph_chars: int = _number(60)
    #: ... with more link text than this share is a teaser link
    link_paragraph_density: float = _number(0.9)
    #: a heading with more link text than this share is a teaser link
    link_heading_density: float = _number(0.5)
    #: ... unless it stands among at least this many sibling headings of its level that
    #: link nowhere, more than linked ones (a report's section titles), or that link
    #: within the page and open prose (a post's anchored section titles)
    section_titles_min: int = _number(3)
    #: ... or unless it opens with its number outside its link, among at least this
    #: many sibling headings numbered so, by one each (a ranked round-up's entries)
    ranked_titles_min: int = _number(3)
    #: a heading right before a link list, shorter than this, goes with it
    list_heading_max_chars: int = _number(80)
    #: a box read as a link list holding the headline (an ``<h1>`` linking nowhere) and
    #: after it a paragraph without links closing a sentence in this many words at
    #: least is the story's header, not a list: only its links are judged
    headline_box_words: int = _number(4)
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
    #: headings opening the body that split the title between them go when they hold
    #: at least this share of its words, and no other word
    split_title_min_share: float = _number(0.75)
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
    #: a line of fields one of which is a date labelled as the story's publication or
    #: update ("Veröffentlicht: 05.01.2020 | Autor: Ada | Abgelegt unter: ... | Tags:
    #: ...") is the post's own data however many of its fields it lists: it may run to
    #: this long, its byline past the fields' words ("Par Ada Lind (avec Jo Berg et Ed
    #: Moor)"), and hold dates alone ("Published: ... | Updated: ...")
    metadata_labelled_line_max_chars: int = _number(200)
    #: a date stamp in figures with a short label in any script or wording opening or
    #: closing the body ("기사입력 :[ 2018-08-25 15:24 ]", "Опубликовано: 25.08.2018",
    #: engine/stamp_lines.py) is at most this long; each label at most this long (a
    #: story's words around a date run longer: "On 2018-08-25 the council voted")...
    stamp_line_max_chars: int = _number(80)
    stamp_label_max_chars: int = _number(20)
    #: ... and its stamps hold at least this share of its characters, spaces aside:
    #: the line is its dates, not a sentence naming one
    stamp_line_min_share: float = _number(0.35)
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
    #: a bio closing the body that no author name finds ("Ada has worked as ... . She
    #: ..."), with its box, goes when the body is at least this many times as long: a
    #: short page about the person is no story with a bio under it
    closing_bio_story_ratio: float = _number(3.0)
    #: ... and its box holds at most this much text beside it: the name, the job, the
    #: labels of links to the writer's profiles; a box holding a paragraph more holds
    #: the story
    closing_bio_box_extra_chars: int = _number(200)
    #: a line naming the page's author with an e-mail address ("Contact Ada Lind at
    #: ...") closing the body is at most this long
    author_contact_max_chars: int = _number(200)
