"""The site's note on the tone it asks of commenters, closing the body (``comment-policies``),
and a comment section under the heading "Lesermeinungen" (``comment-sections``): what the
class fixture does not show. A story telling of a debate's tone keeps its sentences."""

from __future__ import annotations

from conftest import class_text_without

from newsclean import extract

URL = "https://www.fernlea-courier.example/news/2025/01/library-hours"

STORY = "".join(
    f"<p>Paragraph {n} of the story on the library's new hours tells of the staff, the "
    "evening opening on Thursdays and what the readers' group asked the council for.</p>"
    for n in range(4)
)


def _page(after: str) -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
        "<div class='b1'><h1>Library opens late on Thursdays</h1>"
        f"<div class='b2'>{STORY}{after}</div></div></body></html>"
    )


def test_an_english_note_on_tone_closing_the_body_goes() -> None:
    note = (
        "<p>Comments are open for a week. Please keep the discussion civil and on topic; "
        "we remove personal attacks.</p>"
    )
    text = extract(_page(note), url=URL).text
    assert "Please keep the discussion civil" not in text
    assert "Paragraph 3 of the story" in text


def test_a_german_note_on_tone_closing_the_body_goes() -> None:
    note = "<p>Bitte bleiben Sie sachlich und beim Thema. Beleidigungen löschen wir.</p>"
    text = extract(_page(note), url=URL).text
    assert "Bitte bleiben Sie sachlich" not in text
    assert "Paragraph 3 of the story" in text


def test_a_story_quoting_a_plea_for_calm_keeps_it() -> None:
    quote = (
        "<p>\u201ePlease keep the discussion civil,\u201c the chair told the packed hall "
        "before the vote on the opening hours.</p>"
    )
    text = extract(_page(quote), url=URL).text
    assert "Please keep the discussion civil" in text


def test_the_comment_section_under_lesermeinungen_goes() -> None:
    kept = class_text_without("class-comment-policies-heading", "comment-sections")
    assert "Lesermeinungen" in kept
