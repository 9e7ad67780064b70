"""The writer's bio closing the body that no author name finds, and the widget labels
the closing walk passes on its way to an author's note (``author-note``,
``closing-headings``: engine/closing_bios.py). Pages of our own, with opaque class
names and no semantic tags."""

from __future__ import annotations

import pytest

from newsclean import explain, extract

_STORY = (
    "<p>The harbour board voted on Monday to rebuild the north pier in stone, ending a "
    "dispute that had kept the fishing fleet on temporary moorings for three winters.</p>"
    "<p>The new pier will be twenty metres longer than the old one, long enough for the "
    "island ferry to berth at low tide, which the wooden pier never allowed.</p>"
    "<p>Fishermen who had campaigned for the stone design said they would believe it when "
    "they saw the first block laid, but most welcomed the vote as the end of a long wait.</p>"
    "<p>Work is due to start in March and to take eighteen months, during which the ferry "
    "will keep using the south slipway.</p>"
)
_LAST = "keep using the south slipway."

_BIO = (
    "Marit has reported on the islands since 2009, first for a radio station and then "
    "for this paper. She lives on the north shore and sails whenever the weather lets her."
)


def _page(after: str, *, author: str = "", story: str = _STORY) -> str:
    meta = f"<meta name='author' content='{author}'>" if author else ""
    return (
        f"<html><head><title>Stone pier approved</title>{meta}</head><body>"
        "<div class='n1'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        f"<div class='b1'><div class='b2'><h1>Stone pier approved</h1>{story}{after}"
        "</div></div><div class='f1'><a href='/about/'>About</a></div></body></html>"
    )


def _box(bio: str = _BIO) -> str:
    return (
        "<div class='a1'><div class='a2'><img src='/img/marit.jpg' alt=''></div>"
        f"<div class='a3'><p>Marit Oyelaran-Voss</p><p>Islands correspondent</p><p>{bio}</p>"
        "<a href='/staff/marit/'>All stories by Marit</a></div></div>"
    )


def test_an_unnamed_bio_in_the_third_person_goes_with_its_box() -> None:
    """A bio calling the writer by a first name and speaking of them in the third person,
    closing the body in a box with a photo, the name and a job, goes with all the box,
    though the page names no author."""
    text = extract(_page(_box())).text
    assert text.endswith(_LAST), text[-200:]
    assert "Islands correspondent" not in text and "Oyelaran-Voss" not in text
    reasons = {rule.rule for block in explain(_page(_box())).blocks for rule in block.rules}
    assert "author-note" in reasons


def test_an_unnamed_job_note_goes_in_a_box_the_pruning_emptied() -> None:
    """A note opening with a full name and a job in journalism ("... ist Redakteurin
    bei ..."), in a box beside an emptied photo box, goes without an author name."""
    note = (
        "<div class='a1'><div class='a2'><div class='a4'></div></div><div class='a3'>"
        "<blockquote>Lena Brandvold ist Redakteurin bei der Inselzeitung. Wenn sie nicht "
        "schreibt, segelt sie.</blockquote></div></div>"
    )
    text = extract(_page(note)).text
    assert text.endswith(_LAST), text[-200:]


def test_a_third_person_paragraph_of_the_story_stays() -> None:
    """The same words as the story's last paragraph, among its paragraphs or wrapped
    alone in a box holding nothing else, stay: no author box holds them."""
    among = extract(_page("", story=_STORY + f"<p>{_BIO}</p>")).text
    assert among.endswith("sails whenever the weather lets her."), among[-200:]
    wrapped = extract(_page(f"<div class='w1'><p>{_BIO}</p></div>")).text
    assert wrapped.endswith("sails whenever the weather lets her."), wrapped[-200:]


@pytest.mark.parametrize(
    "bio",
    [
        # no verb after the name, no third person: the story's line about someone
        "Marit Oyelaran-Voss, the harbour master, closed the meeting before nine.",
        # a verb, but no sentence about the person in the third person
        "Marit has the last word: the board meets again in May to choose a builder.",
    ],
)
def test_a_closing_box_that_is_no_bio_stays(bio: str) -> None:
    text = extract(_page(_box(bio))).text
    assert bio[:40] in text, text[-300:]


def test_a_bio_box_as_long_as_the_page_stays() -> None:
    """A box holding a third of the body or more is the page's own (a short profile
    page), not a bio under a story."""
    short = "<p>The board approved the stone pier on Monday after three winters of dispute.</p>"
    text = extract(_page(_box(), story=short)).text
    assert "has reported on the islands since 2009" in text, text[-300:]


def test_a_widget_label_below_an_author_note_goes_with_it() -> None:
    """A comment widget's title over its empty box, below a note on the page's author,
    no longer stops the closing walk: the note and the title go."""
    after = (
        "<div class='a1'><div class='a3'>Marit Voss is a reporter for the Island Post, "
        "covering the harbour and the ferries.</div></div>"
        "<div class='c1'><div class='c2'>Reader conversations</div><div class='c3'></div></div>"
    )
    text = extract(_page(after, author="Marit Voss")).text
    assert text.endswith(_LAST), text[-200:]


def test_a_short_closing_line_with_no_note_above_stays() -> None:
    """A short last line with no sentence's mark stays when no note on the author is
    above it (the walk ends at it, as before); so does one above which another rule's
    furniture stands."""
    after = "<div class='c1'><div class='c2'>Photographs by the harbour board</div></div>"
    assert extract(_page(after)).text.endswith("Photographs by the harbour board")
    appeal = (
        "<div class='a1'><p>Sign up for our newsletter to get the harbour news</p></div>"
        "<div class='c1'><div class='c2'>Reader conversations</div><div class='c3'></div></div>"
    )
    text = extract(_page(appeal)).text
    assert text.endswith("Reader conversations"), text[-200:]


def test_an_indented_note_box_is_measured_without_its_indentation() -> None:
    """A note on the author's job near ``author_note_max_chars`` in a box indented by the
    markup goes: the box is measured with its whitespace collapsed."""
    note = (
        "Marit Voss is a reporter for the Island Post, covering the harbour, the ferries "
        "and the long argument over the north pier. Before joining the Post she spent six "
        "years on a weekly across the sound, where she wrote mostly about the fishing "
        "co-operatives, the boatyards and the quarries above the town."
    )
    assert len(note) < 400
    after = f"<div class='a1'>\n{' ' * 120}<div class='a3'>{note}</div>\n{' ' * 120}</div>"
    text = extract(_page(after, author="Marit Voss")).text
    assert text.endswith(_LAST), text[-200:]
