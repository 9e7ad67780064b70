"""The visible byline of a page whose markup says nothing: no JSON-LD, microdata,
author meta tags or telling class names, only what a reader sees near the headline."""

from __future__ import annotations

import pytest

from newsclean import extract
from newsclean.metadata.bylines import split_names

PROSE = (
    "The harbour board voted on Tuesday to widen the northern quay before the winter "
    "storms, after a long debate about the cost of the work and who should pay for it."
)
STORY = f"<p>{PROSE}</p>" * 5


def story_page(top: str, title: str = "Harbour quay to be widened", after: str = "") -> str:
    """A page with no metadata: a title, a headline, ``top`` under it, the story."""
    return (
        f"<html><head><title>{title}</title></head><body><div>"
        f"<h1>Harbour quay to be widened</h1>{top}<div>{STORY}</div>{after}"
        "</div></body></html>"
    )


def test_name_and_role_set_apart_only_by_the_style_sheet() -> None:
    top = (
        '<div class="x1"><span class="x2">By</span><a href="/people/mara-lind">'
        '<span>Mara Lind</span></a><span class="x3">Staff Writer</span></div>'
    )
    assert extract(story_page(top)).authors == ("Mara Lind",)


@pytest.mark.parametrize(
    "href",
    ["/author/tom-reed/", "https://news.test/autoren/tom-reed", "/staff/tom-reed", "/byline/tr"],
)
def test_a_link_to_the_writers_page_is_the_byline(href: str) -> None:
    top = f'<div><a href="{href}">Tom Reed</a><span>May 4, 2024, 10:31 am</span></div>'
    assert extract(story_page(top)).authors == ("Tom Reed",)


def test_a_writers_page_linked_in_a_sentence_is_no_byline() -> None:
    sentence = (
        '<p>The plan was first put forward by <a href="/topics/people/ana-berg">Ana Berg</a>, '
        "who chairs the harbour board, at a crowded public meeting in the town hall last "
        "spring, and it has been argued over by the council ever since then.</p>"
    )
    assert extract(story_page(sentence)).authors == ()


def test_an_indented_byline_with_a_job_description() -> None:
    pad = "\n" + " " * 40
    top = (
        f"<div>{pad}By <a href='/bio/jo-marsh'>Jo Marsh</a>, Senior Staff Technologist, "
        f"Harbour Rights and Open Records Project{pad}</div>"
    )
    assert extract(story_page(top)).authors == ("Jo Marsh",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Diana Porter", ("Diana Porter",)),
        ("By Parker Byrne and Vonda Dion", ("Parker Byrne", "Vonda Dion")),
        ("Jo Marsh, Senior Correspondent for Tide Weekly", ("Jo Marsh",)),
        ("Jo Marsh, Staff Writer, and Al Kent, Staff Writer", ("Jo Marsh", "Al Kent")),
        ("A film by Jo Marsh Jo Marsh", ("Jo Marsh",)),
    ],
)
def test_names_that_start_like_a_lead_word_and_job_descriptions(
    byline: str, names: tuple[str, ...]
) -> None:
    assert split_names(byline) == names


def test_byline_after_the_story_headline_not_the_site_name_heading() -> None:
    html = (
        "<html><head><title>Harbour quay to be widened</title></head><body>"
        '<div><h1><a href="/">Harbour Gazette</a></h1>'
        '<ul><li><a href="/ferry">Ferry fares to rise</a><span>By Al Kent</span></li></ul></div>'
        "<div><h1>Harbour quay to be widened</h1><p>By Jo Marsh</p>"
        f"<div>{STORY}</div></div></body></html>"
    )
    assert extract(html).authors == ("Jo Marsh",)


# ------------------------------------------------- a bare name beside the date line


@pytest.mark.parametrize(
    "top",
    [
        "<div><span><span>Mara Lind</span></span><span>•</span><time>3h</time></div>",
        "<div><div>Mara Lind</div><div>Published 10:02 AM May 4, 2024</div></div>",
        # the outlet's link beside the writer's name is not the writer
        '<div><a href="https://wire.test/">Harbour Wire</a><span>Mara Lind</span>'
        "<time>1 day ago</time></div>",
    ],
)
def test_a_bare_name_beside_the_date_line_is_the_byline(top: str) -> None:
    assert extract(story_page(top)).authors == ("Mara Lind",)


@pytest.mark.parametrize(
    "top",
    [
        "<div><span>Mara Lind</span></div>",  # no date line: any two capitalised words
        "<div><h2>Recent Posts</h2><time>May 4, 2024</time></div>",  # a heading
        "<form><a href='/reset'>Reset Password</a></form><div><time>May 4, 2024</time></div>",
        "<div><span>Award in Finance</span><time>May 4, 2024</time></div>",  # "in": no name
        # the date line in the next box of the page, not beside the name
        "<div><div><div><span>Mara Lind</span></div></div></div>"
        "<div><div><div><time>May 4, 2024</time></div></div></div>",
    ],
)
def test_what_is_no_bare_byline(top: str) -> None:
    assert extract(story_page(top)).authors == ()


def test_a_by_label_below_the_story_does_not_beat_the_name_above_it() -> None:
    top = "<div><span>Mara Lind</span><time>May 4, 2024</time></div>"
    after = '<div><a href="https://ads.test/"><span>by Sponsorly</span></a></div>'
    assert extract(story_page(top, after=after)).authors == ("Mara Lind",)


# ------------------------------------------------------------- what a byline holds


def test_a_date_line_run_into_the_byline_is_cut() -> None:
    top = "<div>By <b>Jo Marsh</b><br>March 25, 2015 3:46 PM</div>"
    assert extract(story_page(top)).authors == ("Jo Marsh",)


def test_a_date_label_is_no_name() -> None:
    top = '<div class="post-author">Last Updated: January 7, 2025</div>'
    assert extract(story_page(top)).authors == ()


@pytest.mark.parametrize(
    "href", ["/editors/tom-reed/", "/autori/tom-reed/l~i:author:189/", "/author/tom-reed/4411"]
)
def test_a_writers_page_under_editors_or_with_an_id(href: str) -> None:
    top = f'<div><a href="{href}">Tom Reed</a><span>May 4, 2024</span></div>'
    assert extract(story_page(top)).authors == ("Tom Reed",)


@pytest.mark.parametrize(
    "top",
    [
        "<figure><img src='quay.jpg'><figcaption>Photo by Jo Lind on Pixstock</figcaption>"
        "</figure>",
        "<div><img src='quay.jpg'><div>Photo by Jo Lind on Pixstock</div></div>",
        '<div><span class="byline-image">Fotos: Harbour Gazette/ Wire</span></div>',
    ],
)
def test_a_pictures_credit_is_no_byline(top: str) -> None:
    assert extract(story_page(top)).authors == ()


def test_a_consent_sentence_starting_with_by_is_no_byline() -> None:
    top = (
        "<form><span>By clicking Submit, you agree to our</span> <a href='/privacy'>Privacy "
        "Policy</a> and <a href='/terms'>Terms of Use</a></form>"
    )
    assert extract(story_page(top)).authors == ()


def test_the_copyright_owner_named_as_author_is_the_publisher() -> None:
    head = (
        '<meta name="author" content="Ada Media Group">'
        '<meta name="copyright" content="Copyright (c) 2024 Ada Media Group">'
    )
    html = story_page("<p>By Jo Marsh</p>").replace("<head>", f"<head>{head}")
    assert extract(html).authors == ("Jo Marsh",)
    alone = story_page("").replace("<head>", f"<head>{head}")
    assert extract(alone).authors == ("Ada Media Group",)  # nothing better: kept


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Autor: Jo Marsh", ("Jo Marsh",)),
        ("Author: Jo Marsh", ("Jo Marsh",)),
        ("Harbour Rescue e.V.", ("Harbour Rescue",)),
        ("Verifizierte/r Leser/in", ()),
    ],
)
def test_labels_legal_forms_and_gendered_nouns(byline: str, names: tuple[str, ...]) -> None:
    assert split_names(byline) == names


@pytest.mark.parametrize(
    "top",
    [
        "<div><span>Article by</span><br><span>harbourdesk</span></div>",
        "<div>Article by harbourdesk</div>",
        "<p>By<br>harbourdesk</p>",
    ],
)
def test_a_byline_line_naming_a_handle_goes_from_the_text(top: str) -> None:
    result = extract(story_page(top))
    assert result.authors == ("harbourdesk",)
    assert "harbourdesk" not in result.text
    assert result.text.startswith("The harbour board voted")


@pytest.mark.parametrize(
    "opening",
    [
        "Written by hand, the letters from the harbourdesk reached every berth holder.",
        "Written by harbourdesk, the letters to the berth holders went out on Monday.",
    ],
)
def test_a_sentence_opening_with_a_byline_lead_stays(opening: str) -> None:
    page = story_page("<div>By harbourdesk</div>").replace(
        "<div><p>", f"<div><p>{opening}</p><p>", 1
    )
    result = extract(page)
    assert result.authors == ("harbourdesk",)
    assert result.text.startswith(opening)
