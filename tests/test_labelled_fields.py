"""Lines of the post's fields one of which is a date labelled as the story's publication
or update (``metadata-lines``): longer than a plain line of fields, with dates alone or a
long byline, opening the body (over the story's box, or a list of pairs below a headline
the page's title does not name) or closing it. A sentence naming a date, a line of dates
with no such label and a member's "since" date stay."""

from __future__ import annotations

import pytest
from conftest import BRIDGE_STORY, BRIDGE_URL

from newsclean import explain, extract


def _page(top: str = "", bottom: str = "", heading: str = "The bridge reopens") -> str:
    """The bridge story with ``top`` opening its body and ``bottom`` closing it."""
    return (
        "<html><head><title>The bridge reopens | Fenmoor Times</title></head><body>"
        "<div class='a1'><a href='/'>Home</a> <a href='/local/'>Local</a></div>"
        f"<div class='c1'><h1>{heading}</h1><div class='c2'><div class='b2'>"
        f"{top}{BRIDGE_STORY}{bottom}</div></div></div></body></html>"
    )


def _reasons(page: str) -> set[str]:
    return {block.reason for block in explain(page, url=BRIDGE_URL).blocks}


OPENING = [
    # dates alone, each labelled
    "<p>Published: 09:15 BST, 4 June 2025 | Updated: 11:02 BST, 4 June 2025</p>",
    # past the plain line's length, each field with its own label
    "<p><small><b>Veröffentlicht:</b> 14.03.2025 | <b>Autorin:</b> <a href='/a/'>Ines "
    "Marwald</a> | <b>Abgelegt unter:</b> <a href='/c/'>Gartenarbeit</a>, <a href='/c2/'>"
    "Hochbeete im Stadtgarten</a> | <b>Schlagworte:</b> Kompost, Frühling, Saatgut | "
    "<a href='#c'>3 Kommentare</a></small></p>",
    # a byline past the fields' words
    "<p>Le Courrier du Val | <time>14.03.2025 à 08h10</time> • Mis à jour le <time>"
    "14.03.2025 à 17h45</time> | Par <a href='/j/'>Lise Aubert</a> (avec Paul Roche et "
    "Anne Vidal)</p>",
]


@pytest.mark.parametrize("line", OPENING)
def test_an_opening_line_of_labelled_fields_goes(line: str) -> None:
    page = _page(top=line)
    text = extract(page, url=BRIDGE_URL).text
    assert text.startswith("Paragraph 0 of the story")
    assert "metadata-lines" in _reasons(page)


def test_a_closing_line_of_labelled_fields_goes() -> None:
    line = "<p>Stand: 16.03.2025, 10:15 Uhr | Autorin: Ines Marwald | Rubrik: Garten</p>"
    page = _page(bottom=line)
    text = extract(page, url=BRIDGE_URL).text
    assert "Ines Marwald" not in text
    assert text.endswith("at a story's length.")
    assert "metadata-lines" in _reasons(page)


def test_a_list_of_pairs_below_an_unnamed_headline_goes() -> None:
    box = (
        "<h2>Los buses vuelven a cruzar el puente</h2><dl><dt>Detalles</dt>"
        "<dd>Publicado: Viernes, 14 Marzo 2025 08:10</dd><dd>Escrito por Lucía Ferrer</dd></dl>"
    )
    text = extract(_page(top=box, heading="Fenmoor Times")).text
    assert "Publicado" not in text
    assert "Detalles" not in text
    assert "Paragraph 0 of the story" in text


@pytest.mark.parametrize(
    "line",
    [
        # a sentence naming its date
        "<p>Updated 4 June 2025, the report found the bridge safe for buses again.</p>",
        # an exhibition's dates, no label of a publication
        "<p>3 May 2025 | 20 June 2025</p>",
    ],
)
def test_a_closing_line_without_a_labelled_date_stays(line: str) -> None:
    text = extract(_page(bottom=line), url=BRIDGE_URL).text
    assert text.endswith(line[3:-4])


def test_a_list_of_pairs_without_a_labelled_date_stays() -> None:
    box = "<dl><dt>Member since</dt><dd>28 June 2014</dd></dl>"
    text = extract(_page(top=box), url=BRIDGE_URL).text
    assert "28 June 2014" in text


def test_one_shown_line_of_both_dates_gives_each() -> None:
    """The metadata reads "Published: ... | Updated: ..." as the publication's date and
    the update's, not the publication's day with the update's time."""
    page = (
        "<html><body><h1>The bridge reopens</h1>"
        "<p>Published: 09:15 BST, 4 June 2025 | Updated: 11:02 BST, 5 June 2025</p>"
        f"{BRIDGE_STORY}</body></html>"
    )
    article = extract(page)
    assert str(article.published).startswith("2025-06-04")
    assert "11:02" not in str(article.published)
    assert str(article.modified).startswith("2025-06-05")
