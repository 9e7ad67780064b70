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
        ("Jo Marsh, Staff Writer, and Al Kent, Staff Writer", ("Jo Marsh", "Staff", "Al Kent")),
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
