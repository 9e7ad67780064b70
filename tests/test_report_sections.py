"""A team's status report set as a run of section headings over bullet lists: a section
title that links to the team's page is the report's (``link-heading`` spares it among
plain titles), and so is a sub-list of links under a short lead-in ("In progress:")
in a list of the report's prose bullets (``link-list`` spares it)."""

from __future__ import annotations

from newsclean import extract

URL = "https://weekly.harbour-tools.example/2025/03/status-report-12/"


def _section(title: str, bullets: str) -> str:
    return f"<h4>{title}</h4><ul>{bullets}</ul>"


def _report(linked_title: str, sub_list: str) -> str:
    sections = "".join(
        (
            _section(
                "Welcome aboard",
                "<li>Priya joins the docking team this week after two years on the "
                "mapping tools. Say hello when you see her.</li>",
            ),
            _section(
                "Charts and Maps",
                "<li>The tide tables now load in half the time on older laptops.</li>"
                "<li>The legend redraws when the window is resized.</li>",
            ),
            _section(
                linked_title,
                "<li>Omar moved the mooring log off the main thread, so the map no "
                "longer stutters while it saves.</li><li>Planning for next year is "
                "underway.</li>",
            ),
            _section(
                "Printing",
                "<li>We have the go-ahead for another group of students working on the "
                "print preview next term! Two of us will mentor them.</li>"
                f"<li>In progress:{sub_list}</li>",
            ),
            _section(
                "Search",
                "<li>Results now group the harbours by county, as people asked.</li>",
            ),
        )
    )
    return (
        "<html><body><div><a href='/'>Home</a> <a href='/about/'>About</a></div>"
        f"<div><h1>Status report 12</h1><div>{sections}</div></div></body></html>"
    )


_LINKED = "<a href='https://wiki.harbour-tools.example/teams/mooring-log'>Mooring Log</a>"
_SUB_LIST = (
    "<ul><li><a href='https://tracker.harbour-tools.example/task/4410'>Task 4410 - the "
    "preview forgets the paper size</a></li><li><a href='https://tracker.harbour-tools."
    "example/task/4412'>Task 4412 - margins shift on the second page</a></li>"
    "<li><a href='https://tracker.harbour-tools.example/task/4417'>Task 4417 - landscape "
    "charts print cut off</a></li></ul>"
)


def test_a_linked_section_title_among_plain_ones_stays() -> None:
    text = extract(_report(_LINKED, _SUB_LIST), url=URL).text
    assert "Mooring Log" in text
    assert "Omar moved the mooring log" in text


def test_a_sub_list_of_links_under_a_short_lead_in_stays() -> None:
    text = extract(_report(_LINKED, _SUB_LIST), url=URL).text
    assert "Task 4410 - the preview forgets the paper size" in text
    assert "Task 4417 - landscape charts print cut off" in text


def test_a_run_of_linked_headlines_still_goes() -> None:
    """Teasers set as linked headings, each over its summary, with no plain titles
    among them, are no report's sections."""
    teasers = "".join(
        f"<h4><a href='/2025/03/story-{n}/'>Another story of the week number {n}</a></h4>"
        "<p>A short summary.</p>"
        for n in range(4)
    )
    story = (
        "<p>The harbour office opened its new quay on Monday after two years of work on "
        "the sea wall and the slipway, and the first ferry tied up there at noon.</p>"
        "<p>The mayor said the quay would take boats of up to forty metres, twice the "
        "length the old one could, and that fishing boats would have their own berths.</p>"
    )
    page = (
        f"<html><body><div><h1>The new quay opens</h1><div>{story}</div><div>{teasers}"
        "</div></div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "the first ferry tied up" in text
    assert "Another story of the week" not in text


def test_a_download_heading_among_plain_titles_still_goes() -> None:
    """A heading linking to a file ("Download" under a poster) is the file's link, not
    a section's title, however many plain titles stand beside it."""
    download = "<a href='/files/posters/winter-campaign.pdf'>Download the poster</a>"
    text = extract(_report(download, _SUB_LIST), url=URL).text
    assert "Download the poster" not in text
    assert "Omar moved the mooring log" in text
