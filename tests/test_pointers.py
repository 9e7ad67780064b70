"""A short link in square brackets closing a paragraph (``bracketed-pointers``)."""

from __future__ import annotations

import pytest

from newsclean import explain, extract

URL = "https://news.example/city/ferry-fares-rise"
_PAGE = (
    f"<html><head><link rel='canonical' href='{URL}'></head><body><article>"
    "<h1>Ferry fares rise</h1><div class='s'>"
    "<p>Passengers on the harbour ferry will pay more from April, after the council voted "
    "on Tuesday to raise the single fare by forty pence, the first rise in six years.</p>"
    "<p>Commuters' groups criticised the vote, saying many members have no other way to "
    "reach the business park.{line}</p>"
    "<p>The fares will be reviewed again next year, the council said on Tuesday evening.</p>"
    "</div></article></body></html>"
)


@pytest.mark.parametrize(
    "line",
    [
        ' [<a href="/city/commuters-protest">more</a>]',
        ' <b>[<a href="/city/commuters-protest">czytaj więcej</a>]</b>',
        ' <a href="/city/commuters-protest">[mehr dazu]</a>',
    ],
)
def test_a_bracketed_link_closing_a_paragraph_goes_with_its_brackets(line: str) -> None:
    explanation = explain(_PAGE.format(line=line), url=URL)
    text = explanation.article.text
    assert "reach the business park." in text
    assert "[" not in text and "]" not in text
    assert any(block.reason == "bracketed-pointers" for block in explanation.blocks)


@pytest.mark.parametrize(
    "line",
    [
        # another site's page: a source
        ' [<a href="https://council.example/minutes">minutes</a>]',
        # inside the sentence, or before more of it
        ' [<a href="/city/commuters-protest">more</a>] Their chair resigned.',
        # too many words: a bracketed remark
        ' [<a href="/city/commuters-protest">see what the commuters said last week</a>]',
    ],
)
def test_other_bracketed_links_stay(line: str) -> None:
    text = extract(_PAGE.format(line=line), url=URL).text
    assert "[" in text


def test_a_bracketed_link_after_no_sentence_stays() -> None:
    page = _PAGE.replace("business park.{line}", "business park and the {line}")
    text = extract(page.format(line='[<a href="/city/x-y-z">harbour</a>]'), url=URL).text
    assert "[harbour]" in text


_CLOSING = (
    f"<html><head><link rel='canonical' href='{URL}'></head><body><article>"
    "<h1>Ferry fares rise</h1><div class='s'>"
    "<p>Passengers on the harbour ferry will pay more from April, after the council voted "
    "on Tuesday to raise the single fare by forty pence, the first rise in six years.</p>"
    "<p>Commuters' groups criticised the vote, saying many members have no other way to "
    "reach the business park, and the bus takes three times as long.</p>{closing}"
    "</div></article></body></html>"
)


def test_an_italic_pointer_to_another_story_closing_the_body_goes() -> None:
    closing = (
        "<p><i>This is the second part of our series on the harbour; the first, </i>"
        '<a href="/city/harbour-series-part-one">How the ferry began</a>'
        "<i>, came out last week.</i></p>"
    )
    explanation = explain(_CLOSING.format(closing=closing), url=URL)
    assert "second part of our series" not in explanation.article.text
    assert any(block.reason == "italic-pointers" for block in explanation.blocks)


@pytest.mark.parametrize(
    "closing",
    [
        # a source on another site
        "<p><i>The council's minutes are online at </i><a href=\"https://council.example/"
        "minutes-march-vote\">the council's site</a><i>.</i></p>",
        # a syndication credit naming the source, no story
        '<p><i>Originally published on </i><a href="/partners/harbour-weekly">Harbour '
        "Weekly</a><i>, our partner site for the series.</i></p>",
        # set upright: the story's own last paragraph
        '<p>The first part of our series, <a href="/city/harbour-series-part-one">How the '
        "ferry began</a>, told how the service started in 1952.</p>",
    ],
)
def test_other_closing_lines_with_links_stay(closing: str) -> None:
    text = extract(_CLOSING.format(closing=closing), url=URL).text
    assert "series" in text or "minutes" in text or "Originally published" in text


def test_an_italic_pointer_above_more_of_the_story_stays() -> None:
    closing = (
        "<p><i>Read the first part: </i>"
        '<a href="/city/harbour-series-part-one">How the ferry began</a><i>.</i></p>'
        "<p>The fares will be reviewed again next year, the council said on Tuesday.</p>"
    )
    text = extract(_CLOSING.format(closing=closing), url=URL).text
    assert "Read the first part" in text
