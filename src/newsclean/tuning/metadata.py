"""The thresholds of reading a page's metadata (newsclean.metadata): module constants,
no fields of :class:`newsclean.settings.Tuning` (metadata is read without a tuning)."""

#: A title of at most this many words may be a label (a section's or the site's name,
#: a CMS's word, a slug), not a headline (metadata/title.py).
TITLE_LABEL_WORDS = 2
#: Longer "site names" are not names (metadata/title.py); each becomes a pattern, so
#: they are bounded.
TITLE_SITE_NAME_MAX_CHARS = 120

#: The shortest author description read as a bio (metadata/reader.py: a shorter one,
#: "Redakteur", would match a line of any story).
AUTHOR_BIO_MIN_CHARS = 40

#: The longest byline line read near the headline, spaces run together
#: (metadata/bylines.py): a longer text is a paragraph that happens to start with "By".
BYLINE_MAX_CHARS = 120
