"""What stands under the headline but is no standfirst, and what the standfirst carries
that is not its text: a line of the post's fields, a picture's caption (closing with
its credit, or in a box named as a caption when captions are kept), a copy of the
standfirst, a dek marked inside the block found under the headline, and a date set
apart at its start. The pages are the ``class-standfirst-fields-line`` fixture with
its line of fields varied."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from newsclean import extract

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "class-standfirst-fields-line"
PAGE = (FIXTURE / "page.html").read_text(encoding="utf-8")
URL = json.loads((FIXTURE / "spec.json").read_text(encoding="utf-8"))["url"]
#: The line of the post's fields under the headline, which each test replaces.
SLOT = (
    '<p class="entry__fields">Published 4 March 2024 · Orchards, Gardens and Village Life in '
    "Larchmere</p>"
)
SUMMARY = (
    "Forty households share one hydraulic cider press in an old threshing barn, and "
    "a booking sheet on its door keeps the peace."
)
CAPTION = (
    "Ingrid Vashti-Moore tips a crate of windfalls into the scratter at the barn behind "
    "the chapel last October."
)
FIRST = "Every October the old threshing barn behind the chapel smells of bruised apples."


def _extract(slot: str | None = None, **options: Any) -> Any:
    page = PAGE if slot is None else PAGE.replace(SLOT, slot, 1)
    assert slot is None or slot in page
    return extract(page, url=URL, **options)


def test_a_line_of_the_posts_fields_is_no_standfirst() -> None:
    article = _extract()
    assert article.standfirst is None
    assert article.text.startswith(FIRST)


def test_fields_split_by_bars_with_a_byline_are_no_standfirst() -> None:
    line = "Larchmere Valley Notes | 04.03.2024 • updated 05.03.2024 | By Tamsin Okonkwo-Reyes"
    assert _extract(f"<p>{line}</p>").standfirst is None


def test_a_caption_closing_with_its_credit_is_no_standfirst() -> None:
    article = _extract(f"<p>{CAPTION} (Photo: Ansel Turnbridge)</p>")
    assert article.standfirst is None
    assert article.text.startswith(FIRST)


def test_a_kept_caption_in_a_box_named_as_one_is_no_standfirst() -> None:
    box = f'<div class="entry__photo-description"><p>{CAPTION}</p></div>'
    assert _extract(box, include_captions=True).standfirst is None


def test_a_standfirst_set_twice_is_shown_once() -> None:
    twice = (
        f'<p class="entry__dek">{SUMMARY}</p><p class="entry__dek entry__dek--small">{SUMMARY}</p>'
    )
    assert _extract(twice).standfirst == SUMMARY


def test_a_dek_marked_inside_a_heading_under_the_headline_is_shown_once() -> None:
    nested = f'<h2 class="entry__sub"><span class="entry__dek">{SUMMARY}</span></h2>'
    assert _extract(nested).standfirst == SUMMARY


def test_a_date_set_apart_at_the_standfirsts_start_is_left_out() -> None:
    dated = f'<p class="entry__dek"><span class="entry__stamp">4 March 2024</span>{SUMMARY}</p>'
    article = _extract(dated)
    assert article.standfirst == SUMMARY
    assert article.published is not None and article.published.date().isoformat() == "2024-03-04"


def test_a_summary_with_a_bar_inside_a_sentence_stays() -> None:
    summary = "Pressing days | a booking sheet on the barn door keeps forty households at peace."
    assert _extract(f'<p class="entry__dek">{summary}</p>').standfirst == summary


def test_a_teasers_text_inside_a_link_is_no_standfirst() -> None:
    card = (
        '<a class="entry__live" href="/live/"><div class="entry__card">'
        '<h3 class="entry__dek">Watch the morning bulletin live, with news and weather from '
        "every lane of the parish.</h3></div></a>"
    )
    assert _extract(card).standfirst is None


def test_the_sites_motto_under_its_name_is_no_standfirst() -> None:
    topbar = re.search(r'<div class="topbar">.*?</div>', PAGE, re.DOTALL)
    assert topbar is not None
    masthead = (
        '<div><h1><a href="/">Larchmere Valley '
        "Notes</a></h1><p>Notes from the lanes, barns and gardens of a valley that still "
        "keeps its own calendar</p></div>"
    )
    # the masthead and the story in one box of the page's, the story headed by an h2
    page = PAGE.replace(topbar.group(0), masthead, 1).replace(SLOT, "", 1)
    page = page.replace('<body class="single">', '<body class="single"><div class="shell">', 1)
    page = page.replace('<footer class="foot">', '</div><footer class="foot">', 1)
    page = page.replace('<h1 class="entry__title">', '<h2 class="entry__title">', 1)
    page = page.replace("Forty Households</h1>", "Forty Households</h2>", 1)
    assert masthead in page and "Households</h2>" in page
    article = extract(page, url=URL)
    assert article.standfirst is None
    assert article.text.startswith(FIRST)


#: A story cut in two: its first part in a box of the body's own kind (the body box's
#: class names and one more), above the sharing buttons and the rest of the body.
CUT_STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable doubles for the summer | Harbour Post</title></head>
<body><div class="k1"><a href="/">Harbour Post</a></div>
<div class="w2"><div class="c3">
<div class="h4"><h1>Ferry timetable doubles for the summer</h1>
<div class="d5"><span>3 June 2025</span> / <a href="/topic/ferries">Ferries</a></div></div>
<div class="t6 r7 e8">From next Monday the island ferry leaves the harbour every half hour
instead of every hour. The operator has leased a second boat until the end of September,
and the first crossing of the day moves forward to six.</div>
<div class="s9"><a href="/share?to=mail">Mail</a> <a href="/share?to=print">Print</a></div>
<div class="t6 r7">
<p>The second boat, an older vessel that used to serve the northern route, was repainted
over the winter and passed its inspection at the end of May, the operator said on Friday.</p>
<p>Islanders had asked for more crossings for years, saying that the hourly boat was full
on most summer afternoons and that day visitors were often turned away at the quay.</p>
<p>The harbour master said the extra crossings would not need a new berth, as the two
boats would use the same landing stage and pass each other out in the bay.</p>
<p>Tickets bought for the old timetable stay valid on any crossing on the same day, and
season passes will not cost more this year.</p>
<p>The café on the quay plans to open an hour earlier to catch the first crossing, and
the bakery next to it will start selling breakfast rolls from the hatch at half past five.</p>
<p>A shuttle bus from the station is being discussed as well, but the council said it
would decide on it only after seeing how many people use the new crossings in July.</p>
<p>Fishermen who share the harbour asked the operator to keep the boats clear of the
channel at low tide, when the fishing fleet comes in with the day's catch.</p>
</div>
<div class="m10"><h3>More from the harbour</h3><ul>
<li><a href="/harbour/new-crane">A new crane for the fish quay arrives by barge</a></li>
<li><a href="/harbour/lifeboat-day">Lifeboat open day draws a record crowd</a></li>
<li><a href="/harbour/lighthouse">The lighthouse keeper's cottage is for sale again</a></li>
<li><a href="/harbour/regatta">Regatta week moves to the end of August</a></li>
</ul></div></div></div></body></html>"""
CUT_FIRST = "From next Monday the island ferry leaves the harbour every half hour"


def test_the_storys_first_part_in_a_box_of_the_bodys_kind_is_its_text() -> None:
    article = extract(CUT_STORY, url="https://harbour.example/ferries/summer-timetable")
    assert CUT_FIRST not in (article.standfirst or "")
    assert article.text.startswith(CUT_FIRST)
    assert "The second boat, an older vessel" in article.text


def test_a_dek_in_a_box_of_its_own_kind_stays_the_standfirst() -> None:
    page = CUT_STORY.replace('<div class="t6 r7 e8">', '<div class="u6 e8">', 1)
    article = extract(page, url="https://harbour.example/ferries/summer-timetable")
    assert CUT_FIRST in (article.standfirst or "")
    assert article.text.startswith("The second boat, an older vessel")


def test_a_dek_named_so_in_a_box_of_the_bodys_kind_stays_the_standfirst() -> None:
    page = CUT_STORY.replace('<div class="t6 r7 e8">', '<div class="t6 r7 standfirst">', 1)
    article = extract(page, url="https://harbour.example/ferries/summer-timetable")
    assert CUT_FIRST in (article.standfirst or "")
    assert article.text.startswith("The second boat, an older vessel")
