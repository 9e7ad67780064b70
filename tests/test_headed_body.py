"""On a page marking up nothing, the story under the headline is the body when a box
far from it (a consent notice appended to the page) outscores it; a site's motto under
its name and a story going on in the boxes after its opening are left as they were."""

from __future__ import annotations

import json
from pathlib import Path

from newsclean import extract

STORY = (
    "<p>The island ferry will sail four times a day from the first of December, two "
    "crossings fewer than in summer, and the last boat leaves the island at six.</p>"
    "<p>The operator said the early boat keeps its time "
    "for pupils. Islanders asked for a late crossing on Fridays, for the market, the cinema "
    "and the doctors' evening hours, and the council will put it to the board in January.</p>"
)
NOTICE = (
    "<div><div><div><p>We and our partners use small files on your device, read "
    "identifiers, measure how pages are used, show content, and improve our services, which "
    "you may accept, refuse, or change at any time.</p><p>Some partners rely on legitimate "
    "interest, which you may object to, in the settings, for each purpose, vendor, and "
    "feature, at any time, without giving reasons.</p></div></div></div>"
)
MENU = " ".join(
    f"<a href='/{word.lower()}/'>{word}</a>"
    for word in [
        "News",
        "Sport",
        "Events",
        "Business",
        "Weather",
        "Tides",
        "Letters",
        "Jobs",
        "Archive",
        "Contact",
    ]
)
FOOTER = (
    "<div><div><a href='/about/'>About us</a> <a href='/privacy/'>Privacy</a> "
    "<a href='/jobs/'>Jobs</a></div><div>Saltmarsh Weekly, Harbour Row 4, printed every "
    "Thursday since 1952.</div></div>"
)


def _page(story: str, after: str) -> str:
    return (
        f"<html><body><div><div><div><a href='/'>Saltmarsh Weekly</a></div><div>{MENU}</div>"
        "</div><div><div><h1>Ferry timetable changes for the winter</h1><div><span>By Wren "
        f"Okafor</span> <span>3 November 2025</span></div><div>{story}</div></div></div>"
        f"{FOOTER}</div>{after}</body></html>"
    )


def test_story_under_the_headline_outweighs_a_notice_appended_to_the_page() -> None:
    text = extract(_page(STORY, NOTICE)).text
    assert "The island ferry will sail four times a day" in text
    assert "the council will put it to the board in January." in text
    assert "legitimate interest" not in text


def test_a_story_scoring_best_stays_the_body() -> None:
    text = extract(_page(STORY, "")).text
    assert "The island ferry will sail four times a day" in text


def test_a_sites_motto_under_its_name_is_no_story() -> None:
    posts = "".join(
        f"<p>Post {i}: the harbour master reported calm water, light winds and a full quay, "
        "and the evening boat left on time for the first week since the storms began.</p>"
        for i in range(5)
    )
    page = (
        "<html><body><div><div><h1>Harbour Notes</h1><div>Pictures that move, words that "
        f"carry: use our tools!</div></div><div><div><div>{posts}</div></div></div></div>"
        "</body></html>"
    )
    text = extract(page).text
    assert "Post 4: the harbour master reported calm water" in text
    assert "use our tools" not in text


def test_a_story_going_on_after_its_opening_keeps_its_sections() -> None:
    section = (
        "<div><div><div><div><p>{0} pellets burn cleanly, with little ash, smoke or soot, "
        "and one delivery lasts a house through the winter, so the boiler needs cleaning "
        "once a year, the supplier said, and the price holds until March.</p><p>{0} stoves "
        "need a dry store, a steel hopper and a flue, and the fitter checks all three, "
        "with the chimney, before the first fire is lit in the autumn.</p></div></div>"
        "</div></div>"
    )
    page = (
        "<html><body><div><div><div><h1>Heating with pellets</h1><span>5 May 2025</span>"
        "</div><div><div><p>More households heat with wood pellets, and this guide shows "
        "what a switch costs, how the fuel is made and where to store it.</p></div></div>"
        f"</div></div><div><div><h2>How they burn</h2><p>A short word.</p></div></div>"
        f"{section.format('Wood')}{section.format('Straw')}</body></html>"
    )
    text = extract(page).text
    assert "Wood pellets burn cleanly" in text
    assert "Straw stoves need a dry store" in text


def test_a_headline_set_as_an_h2_repeating_the_title_heads_the_story() -> None:
    page = _page(STORY, NOTICE).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    page = page.replace(
        "<html><body>",
        "<html><head><title>Ferry timetable changes for the winter</title></head><body>",
    )
    text = extract(page).text
    assert "The island ferry will sail four times a day" in text
    assert "legitimate interest" not in text


def test_a_short_post_outweighs_a_column_of_titled_widgets() -> None:
    """A side column's widgets, each a list item under its own h3 title (a poem, a
    quote), outscore a post of one short paragraph and a film's notes set as list items:
    the post under the headline is the body, the widgets stay out."""
    folder = Path(__file__).resolve().parent / "fixtures" / "class-widget-column-short-post"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    text = extract((folder / "page.html").read_bytes(), url=spec["url"]).text
    assert text.startswith("Ein Film von Lotte Brandis")
    assert "Seit dem Umzug steht eine alte Obstkiste am Fenster" in text
    assert "Im Holz wohnt noch der Regen" not in text
    assert "Gedicht der Woche" not in text


def test_a_one_paragraph_story_beats_the_footers_blurb_right_below_it() -> None:
    story = (
        "<p>The island ferry will sail four times a day from the first of December, two "
        "crossings fewer than in summer, and the last boat leaves the island at six.</p>"
    )
    blurb = (
        "<p>Saltmarsh Weekly is the independent paper of the islands, published every Friday "
        "by a small team of reporters who live where they report, on councils, schools, "
        "ferries and weather, and paid for by its readers and the shops of the harbour.</p>"
    )
    menu = "".join(f"<li><a href='/s/{n}'>Story {n} about the islands</a></li>" for n in range(40))
    page = (
        "<html><head><title>Winter timetable for the ferry | Saltmarsh Weekly</title></head>"
        f"<body><ul class='m1'>{menu}</ul><div class='p1'><div class='s1'>"
        f"<h1>Winter timetable for the ferry</h1>{story}</div></div>"
        f"<div class='f1'><div class='f2'>{blurb}{blurb}</div></div></body></html>"
    )
    assert extract(page).text.startswith("The island ferry will sail four times a day")
