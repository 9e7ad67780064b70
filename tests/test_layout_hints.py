"""Layout hints (soft hyphens, zero-width spaces, word joiners, BOMs) are left out of the
plain outputs and of the texts the rules compare; the HTML keeps them, and the invisible
characters that carry meaning (joiners, direction marks) stay everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import newsclean

PAGE = (Path(__file__).parent / "fixtures" / "class-layout-hints" / "page.html").read_bytes()
HINTS = ("\u00ad", "\u200b", "\u2060", "\ufeff")
STORY = (
    "<p>Die Ree&shy;derei nimmt im Mai eine neue Fähr&shy;verbindung zwischen dem Festland "
    "und der Insel auf. Das Schiff fährt elek&shy;trisch und legt zweimal am Tag an.</p>"
    "<p>Die Fahrt dauert vierzig Minuten. Für Pendler bietet die Reederei ein Monatsticket "
    "an, das auch für Fahrräder gilt und im Hafenbüro erhältlich ist.</p>"
)


def _hinted(text: str) -> list[str]:
    return [hint for hint in HINTS if hint in text]


def test_text_and_markdown_leave_the_hints_out() -> None:
    article = newsclean.extract(PAGE)
    assert _hinted(article.text) == []
    assert _hinted(article.markdown) == []
    assert "neue Fährverbindung zwischen dem Festland" in article.text
    assert "Die Fahrt dauert vierzig Minuten. Für Pendler" in article.text
    assert "nannte die Verbindung „längst überfällig“ und lud" in article.markdown
    # a paragraph holding nothing but a BOM is no paragraph
    assert "\n\n\n" not in article.text
    assert article.text.startswith("Die Reederei Nordseelinie")


def test_metadata_strings_leave_the_hints_out() -> None:
    article = newsclean.extract(PAGE)
    assert article.authors == ("Ada Lindqvist",)
    assert article.description == "Ab Mai fährt eine Elektrofähre zweimal täglich nach Lundholm."
    assert article.tags == ("Schifffahrt", "Lundholm")
    title = newsclean.extract(PAGE.replace(b'<meta property="og:title"', b"<meta")).title
    assert title is not None
    assert _hinted(title) == []


def test_html_keeps_the_hints() -> None:
    html = newsclean.extract(PAGE).html
    assert "Fähr\u00adverbindung zwischen" in html
    assert "Minu\u00adten.\u200b\u200b Für" in html


def test_characters_that_carry_meaning_stay() -> None:
    text = newsclean.extract(PAGE).text
    assert "👩\u200d✈️" in text  # an emoji sequence's joiner
    assert "می\u200cخواهم" in text  # the Persian non-joiner
    assert "\u200e(2024)\u200f" in text  # direction marks
    assert "2\u2062x" in text  # a formula's invisible times


def test_rules_compare_texts_as_shown() -> None:
    """A copy of the title and a byline written with soft hyphens are known as such."""
    page = (
        "<html><head><meta property='og:title' content='Neue Fährverbindung beschlossen'>"
        "<meta name='author' content='Ada Lindqvist'></head><body><article>"
        "<div class='top'><h2>Neue Fähr&shy;verbindung beschlossen</h2></div>"
        f"<p>Von Ada Lind&shy;qvist</p>{STORY}</article></body></html>"
    )
    text = newsclean.extract(page).text
    assert text.startswith("Die Reederei nimmt im Mai")
    assert "beschlossen" not in text
    assert "Lindqvist" not in text


def test_comments_leave_the_hints_out() -> None:
    page = (
        f"<html><body><article><h1>Die Fähre</h1>{STORY}</article>"
        "<section id='comments'><h2>Kommentare</h2><ol>"
        "<li class='comment'><span class='comment-author'>Jo Ber&shy;ger</span>"
        "<p>Eine gute Ver&shy;bindung,&#8203; endlich!</p></li>"
        "</ol></section></body></html>"
    )
    comments = newsclean.extract(page, include_comments=True).comments
    assert [(c.author, c.text) for c in comments] == [
        ("Jo Berger", "Eine gute Verbindung, endlich!")
    ]


def test_labels_and_phrases_written_with_hints_are_known() -> None:
    """An ad label and a 'more on this' line written with soft hyphens go like the
    plain ones (the label is an element's own words, the line a text rule's phrase)."""
    for line in ("<p>An&shy;zeige</p>", "<span>Weitere Ar&shy;tikel zum The&shy;ma</span>"):
        page = f"<html><body><article><h1>Die Fähre</h1>{STORY}{line}{STORY}</article></body>"
        text = newsclean.extract(page).text
        assert "zeige" not in text
        assert "Thema" not in text


def test_structured_text_and_its_summary_leave_the_hints_out() -> None:
    """The article text a page's JSON-LD gives loses its hints; the summary the markup
    showed above a paywall, written with them, still opens it."""
    story = " ".join(
        ["Der Hafen\u00adrat tagte am Dienstag und beschloss, die Rinne zu baggern."] * 30
    )
    summary = "Die Bagger&shy;arbeiten beginnen im Mai und sperren die Rinne zwei Wochen."
    script = json.dumps({"@type": "NewsArticle", "headline": "T", "articleBody": story})
    page = (
        f'<html><head><meta name="description" content="{summary}">'
        f'<script type="application/ld+json">{script}</script></head><body><div>'
        f"<p>{summary}</p><p>Weiterlesen im Abo: 9,99 im Monat.</p></div></body></html>"
    )
    text = newsclean.extract(page).text
    shown = "Die Baggerarbeiten beginnen im Mai und sperren die Rinne zwei Wochen."
    assert text == f"{shown}\n\n{story.replace(chr(0xAD), '')}"
