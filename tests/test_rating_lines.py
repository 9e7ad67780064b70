"""A rating tool's words left as lines (``rating-prompts``, ``rating-tally-spans``): the
liking and helpfulness questions in German, English, French and Spanish, a tally with its
count of votes, a plugin's summary under the title, a widget's table of cells and its
span inside a paragraph all go; a story's sentences about ratings, a reviewer's score and
a count of reviews inside a sentence stay."""

from __future__ import annotations

import pytest
from conftest import FERRIES_RETURN_STORY as _STORY

import newsclean


def _page(extra: str, before: str = "") -> str:
    return (
        "<html><head><title>Ferries return</title></head><body><div class='w'>"
        f"<div class='a'><h1>Ferries return</h1>{before}{_STORY}{extra}</div>"
        "</div></body></html>"
    )


def _text(extra: str, before: str = "") -> str:
    return newsclean.extract(_page(extra, before)).text


@pytest.mark.parametrize(
    ("widget", "needle"),
    [
        ("<div><div>Wie hat Ihnen dieser Artikel gefallen?</div></div>", "gefallen"),
        ("<div>Hat dir der Beitrag gefallen? <span>Ja</span> / <span>Nein</span></div>", "Ja"),
        ("<div>Did you enjoy this article? <b>Yes</b> <b>No</b></div>", "enjoy"),
        ("<p>Cet article vous a-t-il été utile ?</p>", "utile"),
        ("<div>¿Te ha resultado útil este artículo?</div>", "útil"),
        ("<div>Valora este artículo</div>", "Valora"),
        ("<div>Noter cet article</div>", "Noter"),
        ("<div><span>Click on a star to rate it!</span></div>", "rate it"),
        ("<div>Average rating 3.9 / 5. Vote count: 31</div>", "3.9"),
        ("<div>No votes so far! Be the first to rate this post.</div>", "votes"),
        ("<div><span>(41 votes, average: 4.20 out of 5)</span></div>", "4.20"),
        ("<div><div>(<span>7</span>) <span>3</span> Sterne von 5</div></div>", "Sterne"),
        # a plugin's half-translated scale word
        ("<div><span>(58 Stimmen: 3,91 von of 5)</span></div>", "Stimmen"),
        # a plugin's summary, the page's title before it (longer than rating-widgets reads)
        (
            "<div><span>Ferries return to the harbour after a long winter pause</span>, "
            "4.0 out of 5 based on 9 ratings</div>",
            "based on",
        ),
        # a widget laid out as a table: its label, its count and its bidding in cells
        (
            "<div><table><tr><td>Durchschnittliche Bewertung:</td><td></td>"
            "<td>(6 Bewertungen)</td></tr><tr><td><a href='#'>Melde dich an, um eine "
            "Bewertung abzugeben</a></td></tr></table></div>",
            "Bewertung",
        ),
    ],
)
@pytest.mark.parametrize("at_end", [True, False])
def test_rating_tool_words_go(widget: str, needle: str, at_end: bool) -> None:
    """At the story's end and between its paragraphs alike (not an edge rule)."""
    text = _text(widget) if at_end else _text("", before=widget)
    assert needle not in text
    assert "kiosk will sell tea" in text


@pytest.mark.parametrize("gap", [" ", "<br>"])
def test_rating_span_inside_a_paragraph_goes(gap: str) -> None:
    """The plugin's one span, its bidding in bold and its tally as loose text, set inside
    a paragraph of the story: read by the strong span rule though it stands in a line."""
    span = "<span><b>Beitrag bewerten:</b> (<b>58</b> Stimmen: <b>3,91</b> von 5)</span>"
    text = _text(f"<p>Last words under the pier.{gap}{span}{gap}Photos by the harbour office.</p>")
    assert "Stimmen" not in text
    assert "bewerten" not in text
    assert "Last words under the pier." in text
    assert "Photos by the harbour office." in text


@pytest.mark.parametrize(
    "line",
    [
        "Wie hat Ihnen der Artikel über die Fähren gefallen, fragte der Kapitän die Gäste.",
        "Did you enjoy this article about the ferries, the skipper asked the passengers.",
        "The café earned 4.5 out of 5 based on 120 reviews from the island's visitors.",
        "Die Leser gaben dem Kiosk 4 Sterne von 5, sagte die Betreiberin am Montag.",
        "Gesamtbewertung: 5 von 5 Sternen",
        "Wertung: 8 von 10",
        "Notre avis : cet article vous a plu, nous dit la lectrice, parce qu'il est court.",
    ],
)
def test_story_lines_about_ratings_stay(line: str) -> None:
    # before the story's paragraphs: the rules at the body's end read a closing appeal
    assert line in _text("", before=f"<p>{line}</p>")


def test_count_of_reviews_inside_a_sentence_stays() -> None:
    """A span of one piece (a count) is a sentence's words, not the plugin's box."""
    sentence = "Das Hotel am Hafen hat <span>1.234 Bewertungen</span> im Portal der Stadt."
    assert "Das Hotel am Hafen hat 1.234 Bewertungen im Portal der Stadt." in _text(
        f"<p>{sentence}</p>"
    )
