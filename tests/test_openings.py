"""What opens the body before the story: boxes and kickers above the headline, a byline
line opening the first paragraph or loose above its box, and a breadcrumb trail."""

from __future__ import annotations

import pytest
from conftest import HARBOUR_STORY

from newsclean import extract

STORY = HARBOUR_STORY
TITLE = "Breakwater to be finished a year late"


def story_page(opening: str, *, story: str = "", boxed: bool = True) -> str:
    """A page whose story box holds ``opening``, the headline and the story's paragraphs
    (or ``story``), in a box of their own when ``boxed``; the page names Ada Lind as its
    author."""
    paragraphs = story or "".join(f"<p>{p}</p>" for p in STORY)
    text = f"<div class='text'>{paragraphs}</div>" if boxed else paragraphs
    return (
        f"<html><head><title>{TITLE} | Harbour Times</title>"
        f"<meta property='og:title' content='{TITLE}'>"
        "<meta name='author' content='Ada Lind'></head><body>"
        "<div class='nav'><a href='/'>Harbour Times</a> <a href='/news/'>News</a></div>"
        f"<div class='box'>{opening}<h1>{TITLE}</h1>{text}</div></body></html>"
    )


def _story_stays(text: str) -> None:
    for paragraph in STORY:
        assert paragraph in text


@pytest.mark.parametrize(
    ("opening", "gone"),
    [
        # a side column's headed box whose line is a sentence
        (
            "<div><h2>Search the archive</h2><div>Subscribers read every issue since 1990 "
            "for free!</div></div>",
            "Search the archive",
        ),
        # a kicker longer than a section's name
        (
            "<div><span>The long wait for calmer moorings on the north quay</span></div>",
            "long wait",
        ),
    ],
)
def test_what_stands_above_the_headline_goes_when_the_story_follows(
    opening: str, gone: str
) -> None:
    text = extract(story_page(opening, boxed=False)).text
    assert gone not in text
    _story_stays(text)


def test_the_story_above_a_repeated_headline_stays() -> None:
    """A headline printed again below the story (a print footer's) is no opening: what
    stands before it is the story, and it stays."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        f"<html><head><title>{TITLE}</title><meta property='og:title' content='{TITLE}'>"
        f"</head><body><div class='box'>{story}<h1>{TITLE}</h1><p>Harbour Times</p>"
        "</div></body></html>"
    )
    _story_stays(extract(html).text)


@pytest.mark.parametrize(
    "line", ["Von Ada Lind<br>", "By Ada Lind<br><img src='/quay.jpg' alt=''><br>"]
)
def test_a_byline_opening_the_first_paragraph_on_a_line_of_its_own_goes(line: str) -> None:
    story = f"<p>{line}{STORY[0]}</p>" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    text = extract(story_page("", story=story)).text
    assert "Ada Lind" not in text
    _story_stays(text)


def test_a_first_line_that_is_no_byline_of_the_page_stays() -> None:
    line = "Ada Lind, the harbour master, was not told"  # a sentence naming the author
    story = f"<p>{line}<br>{STORY[0]}</p>" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    text = extract(story_page("", story=story)).text
    assert line in text
    _story_stays(text)


def test_a_first_line_reading_as_a_byline_goes_as_its_own_paragraph_would() -> None:
    """A first line "By Jo Bacon" naming no author of the page is no byline the opening
    walk knows, but ``loose-header-lines`` reads it as the paragraph it renders as, and
    ``byline-lines`` takes that paragraph: the line goes as ``<p>By Jo Bacon</p>`` does."""
    for story in (
        f"<p>By Jo Bacon<br>{STORY[0]}</p>",
        f"<p>By Jo Bacon</p><p>{STORY[0]}</p>",
    ):
        story += "".join(f"<p>{p}</p>" for p in STORY[1:])
        text = extract(story_page("", story=story)).text
        assert "Jo Bacon" not in text
        _story_stays(text)


def test_a_byline_loose_above_the_box_opening_the_story_goes() -> None:
    """A byline in an element of the site's own name, above the box of the standfirst."""
    story = (
        "<byline>Von Ada Lind, dpa</byline><summary-box><p>The works are late, and the "
        "storms are near.</p></summary-box>" + "".join(f"<p>{p}</p>" for p in STORY)
    )
    text = extract(story_page("", story=story)).text
    assert "Ada Lind" not in text
    _story_stays(text)


@pytest.mark.parametrize(
    "trail",
    [
        "<a href='/'>Home</a> » <a href='/news/'>News</a> » <a href='/news/port/'>Port</a>"
        f" » {TITLE}",
        "You are here: <a href='/'>Home</a> / <a href='/news/'>News</a> / "
        f"<a href='/news/port/'>Port</a> / {TITLE}",
        "<a href='/'></a> &gt; <a href='/news/'>News</a> &gt; <a href='/news/port/'>Port</a>"
        " &gt; <span>Breakwater</span>",
    ],
)
def test_a_breadcrumb_trail_opening_the_body_goes(trail: str) -> None:
    story = f"<p>{trail}</p>" + "".join(f"<p>{p}</p>" for p in STORY)
    text = extract(story_page("", story=story)).text
    assert "Port" not in text
    _story_stays(text)


@pytest.mark.parametrize(
    "trail",
    [
        # separators the style sheet draws: empty icons between the links
        "<a href='/'>Home</a><i class='sep'></i><a href='/news/'>News</a><i class='sep'></i>"
        f"<a href='/news/port/'>Port</a><i class='sep'></i><span>{TITLE}</span>",
        # no separator at all, the steps side by side
        "<a href='/'>Home</a> <a href='/news/'>News</a> <a href='/news/port/'>Port</a>"
        f" <b>{TITLE}</b>",
    ],
)
def test_a_breadcrumb_trail_with_drawn_separators_goes(trail: str) -> None:
    story = f"<div>{trail}</div>" + "".join(f"<div>{p}</div>" for p in STORY)
    text = extract(story_page("", story=story)).text
    assert "Port" not in text
    _story_stays(text)


@pytest.mark.parametrize(
    "line",
    [
        # words loose between the elements: a sentence
        "<a href='/a/'>Ferries</a> and <a href='/b/'>Trains</a> run late <em>Port buses</em>",
    ],
)
def test_lines_of_links_with_no_separators_stay(line: str) -> None:
    story = f"<div>{line}</div>" + "".join(f"<div>{p}</div>" for p in STORY)
    assert "Port buses" in extract(story_page("", story=story)).text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # no links: an address
        ("Harbourton / Main / Eastern Bay / North Quay", "Harbourton / Main / Eastern Bay"),
        # words outside the links
        (
            "<a href='/ferries/'>Ferries</a> are late » <a href='/trains/'>Trains</a> » "
            "<a href='/buses/'>Buses</a> » all of them",
            "Ferries are late",
        ),
    ],
)
def test_lines_like_a_breadcrumb_trail_stay(line: str, kept: str) -> None:
    story = f"<p>{line}</p>" + "".join(f"<p>{p}</p>" for p in STORY)
    assert kept in extract(story_page("", story=story)).text


def test_headings_splitting_the_title_between_them_go() -> None:
    """The title set again at the story's head in two headings (the subject's name
    over the rest) is the headline's copy: it goes, the story stays."""
    split = "<div><h2>Breakwater</h2><h4>To be finished ... a year late!</h4></div>"
    page = story_page("", story=split + "".join(f"<p>{p}</p>" for p in STORY))
    text = extract(page).text
    assert "To be finished" not in text
    assert not text.startswith("Breakwater\n")
    _story_stays(text)


def test_headings_opening_the_story_with_words_of_their_own_stay() -> None:
    """Headings at the story's head saying more than the title are the story's own."""
    headed = "<div><h2>Breakwater</h2><h4>What the delay costs the harbour</h4></div>"
    page = story_page("", story=headed + "".join(f"<p>{p}</p>" for p in STORY))
    text = extract(page).text
    assert "What the delay costs the harbour" in text
