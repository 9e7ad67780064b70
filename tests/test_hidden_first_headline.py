"""The deck far above the body (``headline-deck``) read under the story's headline when
the page's first h1 is another: a "Navigation" heading hidden for screen readers, set
before the site's menu, is not the headline the deck stands under."""

from __future__ import annotations

from pathlib import Path

from newsclean import extract

HERO = Path(__file__).resolve().parent / "fixtures" / "class-standfirst-hero-banner" / "page.html"
HIDDEN = '<h1 class="sr">Navigation</h1><ul><li><a href="/">Home</a></li></ul>'


def _page(before_body: str = "", after_body: str = "") -> str:
    page = HERO.read_text(encoding="utf-8")
    start = page.index(">", page.index("<body")) + 1
    end = page.index("</body>")
    return page[:start] + before_body + page[start:end] + after_body + page[end:]


def test_a_hidden_navigation_h1_first_leaves_the_deck_found() -> None:
    article = extract(_page(before_body=HIDDEN))
    assert article.standfirst is not None
    assert article.standfirst.startswith("Sleeper carriages are crossing the continent")
    assert "Sleeper carriages" not in article.text


def test_only_an_h1_reading_as_the_title_stands_for_the_headline() -> None:
    """No h1 before the body reads as the page's title once the story's headline is
    renamed: no deck is read under the hidden heading or any other."""
    page = _page(before_body=HIDDEN).replace(
        "The quiet return of the night train</h1>", "Travel essays</h1>"
    )
    assert "Travel essays</h1>" in page
    assert extract(page).standfirst is None
