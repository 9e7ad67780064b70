"""The JSON-LD ``articleBody`` standing in for a body the page does not show."""

from __future__ import annotations

import json

from newsclean import explain, extract
from newsclean.engine.script_body import script_article
from newsclean.settings import Tuning

STORY = [
    "The harbour authority will dredge the inner basin this winter, the first time since 2009.",
    "Silt has built up so far that the larger fishing boats can only enter at high tide, "
    "and two of them now land their catch at the neighbouring port instead.",
    "The work will take about ten weeks and will close the slipway to leisure craft.",
    "Berth holders will be moved to temporary moorings along the outer wall, "
    "and the authority says no one will pay extra for the move.",
    "The dredged silt will be taken by barge to a licensed site offshore, "
    "after tests found no contamination in samples taken last spring.",
]


def _page(body_markup: str, article: dict[str, object]) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **article}
    return (
        "<html><head><title>Dredging the inner basin</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><h1>Dredging the inner basin</h1>{body_markup}</body></html>"
    )


def test_article_body_stands_in_for_an_empty_shell() -> None:
    page = _page('<div id="root"></div>', {"articleBody": "\n\n".join(STORY)})
    assert extract(page).text == "\n\n".join(STORY)
    assert "<p>The harbour authority" in extract(page).html
    reasons = [block.reason for block in explain(page).blocks]
    assert any(reason.startswith("script-body") for reason in reasons)


def test_markup_in_the_article_body_gives_paragraphs() -> None:
    written = "".join(f"<p>{line.replace('and', '&amp;')}</p>" for line in STORY)
    page = _page("<div id='root'></div>", {"articleBody": written})
    text = extract(page).text
    assert text.split("\n\n") == [line.replace("and", "&") for line in STORY]
    assert "<p>" not in text


def test_a_body_not_free_to_read_is_not_revealed() -> None:
    for flag in (False, "False", "false"):
        page = _page(
            "<div id='root'></div>",
            {"articleBody": "\n\n".join(STORY), "isAccessibleForFree": flag},
        )
        assert "dredge" not in extract(page).text
    part = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paid"}
    page = _page("<div id='root'></div>", {"articleBody": "\n\n".join(STORY), "hasPart": part})
    assert "dredge" not in extract(page).text


def test_a_page_showing_the_opening_keeps_its_own_body() -> None:
    # a paywall's teaser: the page shows the story's opening, the rest stays hidden
    shown = f"<article><p>{STORY[0]}</p><div class='paywall-offer'>Subscribe</div></article>"
    page = _page(shown, {"articleBody": "\n\n".join(STORY)})
    assert extract(page).text == STORY[0]


def test_a_short_or_absent_article_body_changes_nothing() -> None:
    tuning = Tuning()
    assert script_article(None, "", tuning) is None
    assert script_article("Too short to be a story.", "", tuning) is None
    long_enough = "\n\n".join(STORY)
    assert script_article(long_enough, "", tuning) is not None
    shown = "x" * int(tuning.script_body_share * len(" ".join(STORY)) + 1)
    assert script_article(long_enough, shown, tuning) is None


def test_odd_characters_in_the_article_body_are_dropped() -> None:
    # a CMS cutting a string inside an emoji leaves half a surrogate pair
    body = "\n\n".join(STORY) + " \\ud83d and \\ufffe"
    page = _page("<div id='root'></div>", {}).replace(
        "</head>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "'
        + body.replace("\n", "\\n")
        + '"}</script></head>',
    )
    text = extract(page).text
    assert text.startswith(STORY[0]) and text.endswith("and")


def test_a_body_of_too_many_lines_is_not_used() -> None:
    lines = "\n".join(f"Line {number} of a list no script shows." for number in range(5000))
    assert extract(_page("<div id='root'></div>", {"articleBody": lines})).text == ""


def test_a_paywall_flag_anywhere_on_the_page_keeps_the_body_hidden() -> None:
    for flag in ("http://schema.org/False", "https://schema.org/False", 0, "0", "no"):
        page = _page(
            "<div id='root'></div>",
            {"articleBody": "\n\n".join(STORY), "isAccessibleForFree": flag},
        )
        assert "dredge" not in extract(page).text, flag
    flag = json.dumps({"@type": "WebPage", "isAccessibleForFree": False})
    page = _page("<div id='root'></div>", {"articleBody": "\n\n".join(STORY)}).replace(
        "</head>", f'<script type="application/ld+json">{flag}</script></head>'
    )
    assert "dredge" not in extract(page).text


def test_an_opening_shown_otherwise_written_still_counts() -> None:
    # the page shows the teaser with curly quotes; the articleBody opens with a byline
    story = [STORY[0].replace("will", "won't"), *STORY[1:]]
    shown = f"<article><p>{story[0].replace(chr(39), '’')}</p><div>Subscribe</div></article>"
    body = "\n\n".join(["By Ann Example, Harbour Correspondent", *story])
    assert "Silt" not in extract(_page(shown, {"articleBody": body})).text


def test_text_that_only_looks_like_markup_stays() -> None:
    body = "\n\n".join([*STORY, "Depths under 2 m < 3 m > 1 m were measured."])
    text = extract(_page("<div id='root'></div>", {"articleBody": body})).text
    assert text.endswith("Depths under 2 m < 3 m > 1 m were measured.")
    scripted = "<script>track()</script><p>" + "</p><p>".join(STORY) + "</p>"
    assert "track" not in extract(_page("<div id='root'></div>", {"articleBody": scripted})).text


def test_the_headline_opening_the_body_is_not_repeated() -> None:
    body = "\n\n".join(["Dredging the inner basin", *STORY])
    text = extract(_page("<div id='root'></div>", {"articleBody": body})).text
    assert text.startswith(STORY[0])
