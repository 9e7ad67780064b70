"""The thresholds of reading a page's metadata (newsclean.metadata): module constants,
no fields of :class:`newsclean.settings.Tuning` (metadata is read without a tuning)."""

#: A title of at most this many words may be a label (a section's or the site's name,
#: a CMS's word, a slug), not a headline (metadata/title.py).
TITLE_LABEL_WORDS = 2
#: Longer "site names" are not names (metadata/title.py); each becomes a pattern, so
#: they are bounded.
TITLE_SITE_NAME_MAX_CHARS = 120
#: A title's part may be the site's name when its letters are in the site name's
#: ("Site" in "Site Inc"), at least this many of them: fewer are a word any name may
#: hold (metadata/title.py).
TITLE_SITE_KEY_MIN_CHARS = 4

#: An organisation's name in a byline ("Ministry of Health and Welfare") is kept whole,
#: its "and" unsplit, up to this many words and characters (metadata/organisations.py):
#: a longer run is a list of names after all.
ORGANISATION_NAME_MAX_WORDS = 10
ORGANISATION_NAME_MAX_CHARS = 100
#: A German compound ending in an organisation's word ("Landesamt") has at least this
#: many letters before it: a shorter word ending so ("Samt") names none.
ORGANISATION_COMPOUND_MIN_LETTERS = 3

#: The shortest author description read as a bio (metadata/reader.py: a shorter one,
#: "Redakteur", would match a line of any story).
AUTHOR_BIO_MIN_CHARS = 40

#: The longest byline line read near the headline, spaces run together
#: (metadata/authors.py): a longer text is a paragraph that happens to start with "By".
BYLINE_MAX_CHARS = 120
#: The most words beside the date before a byline's lead word inside a date line
#: ("Posted on Monday, May 4, 2024 by": metadata/dated_bylines.py); more is a sentence.
DATED_BYLINE_LABEL_WORDS = 3
#: A longer line around a link to a writer's page is a sentence of the story, no byline,
#: unless at least this share of its text is links: the story's line of facts (its
#: date, section and tags beside the writer's name) (metadata/writer_links.py).
FACTS_LINE_MIN_LINKED = 0.5
#: A name without "By" or markup is a byline only among this many first texts under
#: the headline, before any long one, and with a date line at most this many texts
#: from it ("Jo Smith" over "May 4, 2024", or under it) (metadata/bare_bylines.py).
UNLABELLED_BYLINE_TEXTS = 8
UNLABELLED_BYLINE_DATE_GAP = 3
#: ... and the date line stands inside the name's ancestor this many levels up: the
#: byline's box, not the next box of the page.
UNLABELLED_BYLINE_BOX_LEVELS = 3
#: ... and it names at most this many people: a longer list of names over a date is a
#: list of members or speakers more often than a byline.
UNLABELLED_BYLINE_MAX_NAMES = 2
#: ... in a text of at most this many characters (two full names and their "and").
UNLABELLED_BYLINE_MAX_CHARS = 60
#: A "By" line over the headline is its byline only among this many texts nearest
#: above it (the headline's own box: a kicker, the date, share links), read when
#: nothing under the headline names a writer (metadata/above_bylines.py).
ABOVE_BYLINE_TEXTS = 6
#: A structured author that is one word (an account's name, "JDTEAM") gives way to a
#: "By" line naming people under the headline, looked for among this many first texts
#: and before the story's that many long ones (metadata/person_bylines.py).
PERSON_BYLINE_TEXTS = 30
PERSON_BYLINE_LONG_TEXTS = 3
#: How far above a "By" line a teaser card's linked headline is looked for (the line's
#: parent and grandparent): a related story's byline sits beside its linked title.
PERSON_BYLINE_CARD_LEVELS = 2
#: A handle of at most this many small letters, all a byline names ("von red", "by kj"),
#: is a desk's or an editor's abbreviation, no name a reader can tell: it names nobody
#: (metadata/name_tails.py).
HANDLE_ABBREVIATION_MAX_LETTERS = 3
#: A byline's line with at least this many "label: value" rows among its two rows
#: before and two after is a row of a facts box (a book's "Author:", a product's
#: maker), not the story's byline (metadata/authors.py).
FACTS_BOX_MIN_ROWS = 3

#: A comment's line longer than this is read as its text, never as a control, a form's
#: notice or a greeting (metadata/comment_lines.py).
COMMENT_FURNITURE_MAX_CHARS = 120
#: A comment's date line alone ("Comment by Ana — 17.07, 2011 @ 19:21") holds at most
#: this many characters, and before its date at most this many words
#: (metadata/comment_lines.py).
COMMENT_DATE_LINE_MAX_CHARS = 60
COMMENT_HEADER_MAX_WORDS = 6
#: A commenter's name holds at most this many words: more is a nested reply's text
#: (metadata/comments.py).
COMMENT_AUTHOR_MAX_WORDS = 8
#: A "Recent comments" heading stands at most this many siblings back from its list or
#: from one of this many nearest ancestors, and holds at most this many characters
#: (metadata/comments.py).
RECENT_COMMENTS_SIBLINGS = 2
RECENT_COMMENTS_LEVELS = 2
RECENT_COMMENTS_HEADING_MAX_CHARS = 200

#: A meta author that is the site's company is read from the page's copyright lines:
#: at most this many texts holding a copyright mark, and this many characters after
#: the mark, where the owner's name stands ("© 2021 Ada Media. All rights reserved")
#: (metadata/publisher_names.py).
COPYRIGHT_LINES_MAX = 6
COPYRIGHT_OWNER_CHARS = 100

#: A byline closing the story is read among the first this many texts of a footer or
#: an author's box after the headline: it opens its box (metadata/closing_bylines.py).
CLOSING_BOX_TEXTS = 12
#: An author's box is looked for inside the headline's ancestor this many levels up
#: (never the page's body): the article holding the headline and its story.
CLOSING_BOX_LEVELS = 3

#: The date lines a page shows under its headline are read among this many texts after
#: it, each shorter than this many characters (a longer text is a sentence of the story
#: that happens to name a day) (metadata/shown_dates.py).
SHOWN_DATE_TEXTS = 60
SHOWN_DATE_LINE_MAX_CHARS = 120
#: A short text naming a date inside a sentence of its paragraph (at least this many
#: words of at least this many letters before the date and after it: "The council
#: said on Tuesday, March 3, 2020 that the quay will close") tells an event's day, not
#: the publication's: it is no date line. The paragraph is read
#: up to this many characters; a longer box is no paragraph, and the text alone is
#: read (metadata/prose_dates.py).
PROSE_DATE_WORDS = 3
PROSE_DATE_WORD_LETTERS = 4
PROSE_DATE_BLOCK_MAX_CHARS = 600
#: A date line right above the headline (among this many texts before it: the kicker's
#: or the breadcrumb's row) is read before a date line under it that stands past this
#: many texts (one in the story, a list of other stories) (metadata/shown_dates.py).
ABOVE_DATE_TEXTS = 5
SHOWN_NEAR_TEXTS = 15
#: A date line's two-digit year ("19.10.19") from this number on is of the 1900s, below
#: it of the 2000s: newsclean reads no date before 1990 (metadata/short_years.py).
SHORT_YEAR_CENTURY_PIVOT = 90
#: Such a date is read in a line holding at most this many words besides it (its
#: label, "Uhr"): a longer one is a title or a sentence naming a day.
SHORT_YEAR_LINE_MAX_WORDS = 3
#: A date line inside the headline element holds at most this many characters: the
#: date and its label, not a headline that names a day (metadata/shown_dates.py).
HEADLINE_DATE_LINE_MAX_CHARS = 40
#: A time given in UTC is told in the page's offset when one of the first this many
#: lines with a clock time under the headline shows it so: offsets are whole steps of this many
#: minutes, at most this many hours from UTC (the world's zones run from -12 to +14)
#: (metadata/shown_dates.py).
SHOWN_TIME_LINES = 3
SHOWN_OFFSET_STEP_MINUTES = 30
SHOWN_OFFSET_MAX_HOURS = 14

#: Without an h1 and without an element whose text is the title, how many h2/h3
#: headings are read for one that shows the title written another way
#: (metadata/loose_headline.py): a headline leads the page, the rest are teasers.
HEADLINE_LOOSE_HEADINGS = 40
#: A heading and a title that hold one another agree when the shorter is at least
#: this share of the longer (metadata/loose_headline.py).
HEADLINE_LOOSE_MIN_SHARE = 0.5
