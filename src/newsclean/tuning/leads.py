"""The thresholds of standfirsts above the body (engine/leads.py, headline_gap.py...): a
part of :class:`newsclean.settings.Tuning`."""

from __future__ import annotations

import attrs

from .fields import number as _number

#: A headline whose text is this much inside links is the site's name linking home
#: (engine/page_headline.py: it is not the headline a deck is read under).
DECK_LINKED_HEADLINE_SHARE = 0.5
#: The description's opening this long tells its copy: in a picture's caption, which
#: is then the standfirst, and in the story's prose, which then holds the summary
#: already (engine/described_captions.py; a meta tag cuts a long summary short).
DESCRIPTION_OPENING_CHARS = 60


@attrs.frozen(slots=False)
class LeadTuning:
    """Which blocks above the body are its standfirst."""

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
    #: ... and a dek found by its place in the story's header inside the body (the
    #: headline's box, its tag gone: short lines beside it) shorter than this: the
    #: deks seen run to two or three lines (under 300 characters); a longer paragraph
    #: there is the story's opening (a live report's summary under its byline)
    header_deck_max_chars: int = _number(300)
    #: the box holding the headline inside the body, this long at most with the
    #: headline, is the story's header when its other lines are a date line and short
    #: lines (a second title, the authors): a box the story's opening shares is longer
    header_box_max_chars: int = _number(300)
    #: ... each of its lines but the headings this long at most, none a sentence of
    #: prose: a date line with its label, the authors, a kicker run shorter; a dek
    #: without its full stop ("Nächste Maßnahme ... gegen die Niederlande") longer
    header_line_max_chars: int = _number(80)
    #: a block found with the standfirst, ending no sentence, this long at most, is a line
    #: set around the summary (a byline, a caption, a pointer) when another block is prose
    lead_extra_max_chars: int = _number(120)
    #: a list of two or more unlinked items, each this many words at least, between the
    #: headline and the body is its deck set as bullet points (a byline, date and
    #: reading time set as a list are a word or three each)
    deck_point_min_words: int = _number(5)
