"""The fallback on the text the page's structured data gives (``structured-data-body``)."""

from __future__ import annotations

import json

import newsclean
from newsclean.metadata.structured_body import body_fragments, plain_paragraphs

STORY = " ".join(["The harbour board met on Tuesday and agreed to dredge the channel."] * 30)


def _page(data: dict[str, object], body: str) -> str:
    script = json.dumps(data).replace("</", "<\\/")
    return (
        "<html><head><title>T</title>"
        f'<script type="application/ld+json">{script}</script></head>'
        f"<body>{body}</body></html>"
    )


def test_html_inside_the_value_is_read_as_text_never_markup() -> None:
    pieces = ["<p>One &amp; two</p><script>alert(1)</script><p>Three<br>four</p><!-- x -->"]
    assert plain_paragraphs(pieces) == ["One & two", "Three", "four"]


def test_plain_values_are_split_at_line_breaks() -> None:
    assert plain_paragraphs(["First line.\n\nSecond &quot;line&quot;."]) == [
        "First line.",
        'Second "line".',
    ]


def test_howto_steps_give_names_and_directions() -> None:
    howto = {
        "@type": "HowTo",
        "description": "Intro.",
        "step": [
            {"@type": "HowToStep", "name": "Step 1", "text": "Cut the board."},
            {
                "@type": "HowToSection",
                "name": "Finish",
                "itemListElement": [{"@type": "HowToStep", "text": "Sand it."}],
            },
        ],
    }
    source, pieces = body_fragments([howto], [])
    assert source == "JSON-LD HowTo"
    assert pieces == ("Intro.", "Step 1", "Cut the board.", "Finish", "Sand it.")


def test_short_markup_body_falls_back_on_article_body() -> None:
    data = {"@type": "NewsArticle", "headline": "T", "articleBody": f"<p>{STORY}</p>"}
    html = _page(data, "<div><p>Your browser is out of date, please update it now.</p></div>")
    explanation = newsclean.explain(html)
    assert explanation.article.text == STORY
    assert explanation.source == "structured-data-body: JSON-LD articleBody"
    assert "<script" not in explanation.article.html


def test_a_story_in_the_markup_is_kept() -> None:
    markup = "".join(f"<p>{STORY[:400]} {n}</p>" for n in range(5))
    data = {"@type": "NewsArticle", "headline": "T", "articleBody": STORY * 3}
    explanation = newsclean.explain(_page(data, f"<article>{markup}</article>"))
    assert explanation.source == "the body chosen in the page's markup"
    assert explanation.article.text.endswith(" 4")


def test_the_summary_the_markup_showed_opens_the_text() -> None:
    summary = "Dredging starts in May and will close the channel for two weeks."
    data = {"@type": "NewsArticle", "headline": "T", "articleBody": STORY}
    html = _page(data, f"<div><p>{summary}</p><p>Subscribe to read on: 9.99 a month.</p></div>")
    html = html.replace(
        "<title>T</title>", f'<title>T</title><meta name="description" content="{summary}">'
    )
    assert newsclean.extract(html).text == f"{summary}\n\n{STORY}"
