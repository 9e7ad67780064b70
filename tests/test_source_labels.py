"""The outlet's label closing the body or the text before a heading
(``closing-source-labels``): a paragraph of one word in capitals set in bold goes; a
label of two words, a word with a small letter, one not in bold, one inside the story
between paragraphs, one over no story or a short body's only other text stays."""

from __future__ import annotations

from newsclean import explain, extract

_STORY = "".join(
    f"<p>Paragraph {n} of the story tells how the ferry service was cut back this winter, "
    "and what the islanders did about it in the weeks after.</p>"
    for n in range(1, 5)
)


def _page(closing: str, story: str = _STORY) -> str:
    article = f"<h1>Ferries cut back</h1>{story}{closing}"
    return f'<html><body><article class="a">{article}</article></body></html>'


def test_a_bold_word_in_capitals_closing_the_body_goes() -> None:
    for label in ("KESTRELWIRE.NET", "NORDPRESS", "RADIO-24"):
        page = _page(f'<p style="text-align: right;"><strong>{label}</strong></p>')
        text = extract(page).text
        assert label not in text and "Paragraph 4 of the story" in text
        assert {b.reason for b in explain(page).find(label)} == {"closing-source-labels"}


def test_other_closing_lines_stay() -> None:
    for closing, word in (
        ("<p><strong>THE END</strong></p>", "THE END"),  # two words
        ("<p><strong>Nordpress</strong></p>", "Nordpress"),  # not in capitals
        ("<p>NORDPRESS</p>", "NORDPRESS"),  # not in bold
        ("<p><b>ZBK</b></p>", "ZBK"),  # too few letters: a word set in capitals
        ("<p><strong>NORDPRESS</strong> reported it first.</p>", "NORDPRESS"),  # a sentence
    ):
        assert word in extract(_page(closing)).text
    # inside the story, the story's own line
    inside = _page("", story=_STORY + "<p><strong>NORDPRESS</strong></p>" + _STORY)
    assert "NORDPRESS" in extract(inside).text


def test_the_label_closing_the_text_before_a_heading_goes() -> None:
    # the story, its outlet's mark closing its box, then a statement quoted whole
    statement = (
        "<h2><strong>The harbour office's statement</strong></h2>"
        "<div><p>We regret the cuts and will restore the winter timetable as soon as the "
        "second ferry is back from its repairs at the yard.</p></div>"
    )
    boxed = f"<div>{_STORY}<p><strong>KESTRELWIRE.NET</strong></p></div>{statement}"
    page = _page("", story=boxed)
    text = extract(page).text
    assert "KESTRELWIRE.NET" not in text
    assert "Paragraph 4 of the story" in text and "We regret the cuts" in text
    assert {b.reason for b in explain(page).find("KESTRELWIRE")} == {"closing-source-labels"}


def test_a_label_before_a_heading_with_no_story_above_stays() -> None:
    # a bold word opening the body is its kicker, not a closing mark
    page = _page("", story=f"<p><strong>NORDPRESS</strong></p><h2>Ferries cut back</h2>{_STORY}")
    assert "NORDPRESS" in extract(page).text
    # and one not in bold, or of two words, stays before a heading too
    for label, word in (("<p>NORDPRESS</p>", "NORDPRESS"), ("<p><b>THE END</b></p>", "THE END")):
        page = _page("", story=f"{_STORY}{label}<h2>Letters</h2>{_STORY}")
        assert word in extract(page).text
