"""Texts that stand where a byline stands but name no writer of the story: a control's
label, an outlet's desk, a facts box's "Author:", a review's writer, the site's name
without its legal form, and the notes and jobs written after a writer's name."""

from __future__ import annotations

import pytest

from newsclean import extract

PROSE = (
    "The harbour board voted on Tuesday to widen the northern quay before the winter "
    "storms, after a long debate about the cost of the work and who should pay for it."
)
STORY = f"<p>{PROSE}</p>" * 5


def page(top: str, head: str = "", after: str = "") -> str:
    """A page: ``head`` in its head, a headline, ``top`` under it, the story, ``after``."""
    return (
        f"<html><head><title>Harbour quay to be widened</title>{head}</head><body><div>"
        f"<h1>Harbour quay to be widened</h1>{top}<div>{STORY}</div>{after}"
        "</div></body></html>"
    )


def test_a_profile_links_label_beside_the_writers_name_is_no_name() -> None:
    box = (
        '<div><a rel="author" href="/u/551">Tove Brandt</a>'
        '<a rel="author" href="/u/551">View my complete profile</a></div>'
    )
    assert extract(page("", after=box)).authors == ("Tove Brandt",)


def test_a_control_beside_the_date_is_no_bare_byline() -> None:
    top = (
        '<div><a href="/questions/ask">Ask Question</a>'
        "<div>Asked <time>May 4, 2024</time></div></div>"
    )
    assert extract(page(top)).authors == ()


@pytest.mark.parametrize("desk", ["By Our Foreign Staff", "By Our Correspondent"])
def test_an_outlets_desk_names_nobody(desk: str) -> None:
    assert extract(page(f"<div class='byline'>{desk}</div>")).authors == ()


def test_a_books_author_in_a_facts_box_is_not_the_storys() -> None:
    rows = ("Title: The Salt Road", "Pages: 412", "Author: Mia Korr", "Publisher: Tidewater")
    box = "".join(f"<div><u>{row.split(': ')[0]}:</u> {row.split(': ')[1]}</div>" for row in rows)
    box += "<div><u>Price:</u> 12.50 EUR</div>"
    assert extract(page("", after=f"<div>{box}</div>")).authors == ()


def test_an_author_line_over_its_date_line_stays_the_byline() -> None:
    top = "<div><div>Author: Jo Lind</div><div>Date: May 4, 2024</div><div>Read: 4 min</div></div>"
    assert extract(page(top)).authors == ("Jo Lind",)


def test_a_reviews_writer_in_microdata_is_not_the_pages() -> None:
    review = (
        '<div itemscope itemtype="https://schema.org/Review">'
        '<span itemprop="author" content="Lea M."></span></div>'
    )
    assert extract(page("", after=review)).authors == ()


def test_the_sites_name_without_its_legal_form_is_no_byline() -> None:
    head = (
        '<meta property="og:site_name" content="HVN e.V.">'
        '<meta name="author" content="Hafenverein Nord">'
        '<meta name="copyright" content="Hafenverein Nord">'
    )
    top = '<div itemprop="author">HVN e.V.</div>'
    # the association's name is its copyright's owner: no writer either (publisher_names)
    assert extract(page(top, head)).authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Autor: Jo Lind (Sponsored Post), Redner bei hafen-example.com", ("Jo Lind",)),
        ("By Ana Roth (with Ben Falk and Cy Dunn)", ("Ana Roth", "Ben Falk", "Cy Dunn")),
        ("By Ana (Maria) Roth", ("Ana (Maria) Roth",)),
        ("By Ben Falk, Landesamt für Häfen", ("Ben Falk",)),
    ],
)
def test_notes_and_jobs_after_a_name_are_no_names(line: str, names: tuple[str, ...]) -> None:
    assert extract(page(f"<div><span>{line}</span></div>")).authors == names


def test_a_separator_before_the_lead_word_is_no_part_of_the_name() -> None:
    top = '<div>May 4, 2024 <span class="post-author">| Author: Jo Lind</span></div>'
    assert extract(page(top)).authors == ("Jo Lind",)


@pytest.mark.parametrize(("line", "names"), [("| Autor: jolind", ("jolind",)), ("By x.com", ())])
def test_a_handle_alone_after_the_lead_word_is_the_writers(
    line: str, names: tuple[str, ...]
) -> None:
    top = f'<div>May 4, 2024 <span class="post-author">{line}</span></div>'
    assert extract(page(top)).authors == names


def test_an_element_naming_the_author_among_other_properties_is_read() -> None:
    top = '<p><span itemprop="author creator">Text: Ilse Maron</span> · 4 May 2024</p>'
    assert extract(page(top)).authors == ("Ilse Maron",)


def test_an_answers_writer_is_not_the_questions() -> None:
    answer = (
        '<div itemscope itemtype="https://schema.org/Answer"><div itemprop="author" itemscope>'
        '<span itemprop="name">Rolf Haber</span></div></div>'
    )
    assert extract(page("", after=answer)).authors == ()


def test_the_weekday_of_a_date_line_is_no_name() -> None:
    top = (
        '<div class="post-byline"><span>Monday, February 29, 2016 @ 11:10 PM UTC</span></div>'
        '<div><a href="/latest?w=ilse">Ilse Maron</a> <time>Feb 29, 2016</time></div>'
    )
    assert "Monday" not in extract(page(top)).authors


def test_a_surname_and_its_initials_are_one_name() -> None:
    head = '<meta name="citation_author" content="Haber, R. J.">'
    assert extract(page("", head)).authors == ("Haber, R. J",)


def test_a_second_link_to_the_writers_page_is_a_label_in_any_language() -> None:
    box = (
        '<div><a rel="author" href="/u/551"><img src="/a.png" alt=""></a>'
        '<a rel="author" href="/u/551">Tove Brandt</a>'
        '<a rel="author" href="/u/551">Afficher mon profil complet</a></div>'
    )
    assert extract(page("", after=box)).authors == ("Tove Brandt",)


@pytest.mark.parametrize("line", ["Dienstag", "Archiv anzeigen →"])
def test_a_weekday_or_a_more_link_is_no_name(line: str) -> None:
    head = f'<meta name="author" content="{line}">'
    assert extract(page("", head)).authors == ()
