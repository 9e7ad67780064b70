"""A comment section opened by a line that is no heading (``comment-openers``): a bare
label ("Kommentare"), the call to write ("Kommentar hinzufügen", "Dejá tu comentario"),
the way to the thread ("0Alle Kommentare anzeigen") or its host's credit. The line and
the thread after it go; a story sentence about comments, a share bar's "Kommentieren"
above the story and a one-word genre label ("Kommentar") stay. Also the headings
"Un commentaire", "Neueste Kommentare", "Tus comentarios" and "Leserbrief schreiben"
(``comment-sections``)."""

from __future__ import annotations

import pytest

from newsclean import extract

URL = "https://www.harwick-gazette.example/lokales/2025/03/brunnen-am-markt"

STORY = "".join(
    f"<p>Absatz {n} des Berichts über den neuen Brunnen am Markt erzählt vom Steinmetz, "
    "von den Kosten für die Stadt und davon, was die Anwohner im Sommer erwarten.</p>"
    for n in range(5)
)


def _page(after: str, before: str = "") -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Start</a> <a href='/lokales/'>Lokales</a>"
        "</div><div class='b1'><h1>Der Brunnen am Markt sprudelt wieder</h1>"
        f"<div class='b2'>{before}{STORY}{after}</div></div></body></html>"
    )


THREAD = (
    "<div class='c1'><div class='c2'>Wanderer77</div><p>Endlich! Wir haben lange genug "
    "auf das Wasser gewartet, und jetzt ist der Platz wieder schön.</p></div>"
    "<div class='c1'><div class='c2'>Marktfrau</div><p>Schade nur, dass die Bänke fehlen; "
    "im Sommer setzt sich hier jeder auf den Rand.</p></div>"
)


@pytest.mark.parametrize(
    "opener",
    [
        "<div class='k1'>Kommentare</div>",
        "<div class='k1'>Kommentare (2)</div>",
        "<p>Kommentar hinzufügen</p>",
        "<p>Schreib den ersten Kommentar!</p>",
        "<div class='k1'><span>0</span>Alle Kommentare anzeigen</div>",
        "<p>Kommentare lesen und schreiben, hier klicken</p>",
        "<div>Dejá tu comentario</div>",
        "<div>Tus comentarios</div>",
        "<div>comments powered by Disqus</div>",
    ],
)
def test_a_line_opening_the_comments_goes_with_the_thread(opener: str) -> None:
    text = extract(_page(opener + THREAD), url=URL).text
    assert "Endlich!" not in text
    assert "Schade nur" not in text
    assert "omment" not in text.split("Absatz 4")[1]
    assert "Absatz 4 des Berichts" in text


@pytest.mark.parametrize(
    "heading",
    [
        "<h4>Un commentaire</h4>",
        "<h3>Neueste Kommentare</h3>",
        "<h3>Tus comentarios</h3>",
        "<h3>Leserbrief schreiben</h3>",
    ],
)
def test_a_heading_naming_the_comments_ends_the_article(heading: str) -> None:
    text = extract(_page(heading + THREAD), url=URL).text
    assert "Endlich!" not in text
    assert "Absatz 4 des Berichts" in text


def test_a_sentence_about_comments_stays() -> None:
    sentence = (
        "<p>Kommentare der Anwohner zur Farbe des Beckens hat die Stadt im Internet "
        "gesammelt; die meisten wünschten sich Grün.</p>"
    )
    text = extract(_page(sentence), url=URL).text
    assert "Kommentare der Anwohner" in text


def test_a_share_bar_line_above_the_story_keeps_the_story() -> None:
    bar = "<div class='s1'><p>Kommentieren</p></div>"
    text = extract(_page("", before=bar), url=URL).text
    assert "Absatz 0 des Berichts" in text
    assert "Absatz 4 des Berichts" in text


def test_a_genre_label_over_an_opinion_piece_keeps_the_piece() -> None:
    text = extract(_page("", before="<div class='g1'>Kommentar</div>"), url=URL).text
    assert "Absatz 0 des Berichts" in text
    assert "Absatz 4 des Berichts" in text


def test_a_hosted_threads_credit_link_goes_where_it_stands() -> None:
    """The host's credit left as a bare link where its script would draw the thread
    (``comment-host-credits``), after a story set as text between line breaks: no line
    of its own after a paragraph, so the opening-line rule does not read it."""
    lines = "<br><br>".join(
        f"Absatz {n} des Berichts über den neuen Brunnen am Markt erzählt vom Steinmetz, "
        "von den Kosten für die Stadt und davon, was die Anwohner im Sommer erwarten."
        for n in range(5)
    )
    page = (
        "<html><body><div><div><h4>Der Brunnen am Markt sprudelt wieder</h4>"
        f"<div>{lines}<div></div></div></div><script>var thread = 1;</script>"
        "<a href='https://thread-host.example'>blog comments powered by <span>Disqus</span>"
        "</a></div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "powered by" not in text
    assert "Absatz 4 des Berichts" in text


def test_a_sentence_linking_the_credits_words_keeps_them() -> None:
    sentence = (
        "<p>Seit März läuft das Forum über <a href='/forum'>comments powered by Disqus</a>"
        ", schreibt die Stadt, und die Anwohner diskutieren dort über die Bänke.</p>"
    )
    text = extract(_page(sentence), url=URL).text
    assert "über comments powered by Disqus, schreibt die Stadt" in text
