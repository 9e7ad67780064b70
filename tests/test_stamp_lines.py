"""A date line in figures whose label is in a script or wording no date rule knows
("기사입력 :[ 2024-03-05 09:12 ]", "发布时间：2024-03-05", "Опубликовано: 05.03.2024")
goes at the body's edges (``metadata-lines``), read by its shape: one or two stamps, a
short label for each, punctuation. A sentence naming a date, a range of dates and a
table of dates stay."""

from __future__ import annotations

import pytest
from conftest import ISLAND_FERRY_STORY as STORY

from newsclean import explain, extract

HEADLINE = "<h1>Second ferry for the outer islands</h1>"


def _rules(html: str) -> set[str]:
    return {rule.rule for block in explain(html).blocks for rule in block.rules}


def test_a_loose_stamp_line_under_the_headline_goes() -> None:
    html = (
        f"<html><body><div class='page'>{HEADLINE}<div class='article-body'><dl><dt>Second "
        "ferry for the outer islands</dt></dl> 기사입력 :[ 2024-03-05 09:12 ] <div class='k2'>"
        f"{STORY}</div></div></div></body></html>"
    )
    text = extract(html).text
    assert "2024-03-05" not in text
    assert text.startswith("The ferry to the outer islands")


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：2024-03-05 09:12",
        "Опубликовано: 05.03.2024 | Обновлено: 06.03.2024 10:15",
        "تاريخ النشر: 2024-03-05",
        "公開日 2024年3月5日",
        "입력 2024.03.05 오후 3:24 | 수정 2024.03.06 09:00",
    ],
)
def test_a_stamp_line_opening_the_body_goes(line: str) -> None:
    html = f"<html><body><div class='k0'>{HEADLINE}<p>{line}</p>{STORY}</div></body></html>"
    assert line not in extract(html).text
    assert "metadata-lines" in _rules(html)


def test_a_stamp_line_closing_the_body_goes() -> None:
    line = "입력 2024.03.05 | 수정 2024.03.06"
    html = f"<html><body><div class='k0'>{HEADLINE}{STORY}<p>{line}</p></div></body></html>"
    text = extract(html).text
    assert line not in text
    assert text.endswith("cross every morning.")


def test_a_sentence_naming_a_date_opening_the_body_stays() -> None:
    line = "On 2024-03-05 the council voted."
    html = f"<html><body><div class='k0'>{HEADLINE}<p>{line}</p>{STORY}</div></body></html>"
    assert line in extract(html).text


@pytest.mark.parametrize(
    "line",
    [
        "On 2024-03-05 the council voted.",
        "Sailings: 05.03.2024 – 09.03.2024",
        "Timetable: 05.03.2024, 9 sailings",
    ],
)
def test_a_sentence_or_range_closing_the_body_stays(line: str) -> None:
    html = f"<html><body><div class='k0'>{HEADLINE}{STORY}<p>{line}</p></div></body></html>"
    assert line in extract(html).text


def test_a_table_of_dates_closing_the_body_stays() -> None:
    rows = "".join(f"<tr><td>Sailing {n}</td><td>2024-03-0{n}</td></tr>" for n in range(1, 4))
    html = f"<html><body><div class='k0'>{HEADLINE}{STORY}<table>{rows}</table></div></body></html>"
    assert "2024-03-03" in extract(html).text


#: Lines of the story shaped like a stamp: a short sentence ending in a date, a range of
#: dates in words or split by a dash, a few words before a date with nothing setting
#: them apart as a label.
STORY_LINES = (
    "The meeting is 2024-03-05",
    "05.03.2024 to 09.03.2024",
    "05.03.2024 bis 09.03.2024",
    "From 05.03.2024 to 09.03.2024",
    "Open daily from 05.03.2024",
    "Sailings: 05.03.2024 – 09.03.2024",
    "Sailings 05.03.2024 - 09.03.2024",
    "Exhibition: 3 May 2024 - 9 May 2024",
)


@pytest.mark.parametrize("line", STORY_LINES)
@pytest.mark.parametrize("opening", [True, False])
def test_a_story_line_shaped_like_a_stamp_stays_at_either_edge(line: str, opening: bool) -> None:
    body = f"<p>{line}</p>{STORY}" if opening else f"{STORY}<p>{line}</p>"
    html = f"<html><body><div class='k0'>{HEADLINE}{body}</div></body></html>"
    assert line in extract(html).text


@pytest.mark.parametrize(
    "line",
    ["Updated: 2024-03-05 15:24", "기사입력 :[ 2024-03-05 15:24 ]", "2024.03.05 15:24 입력"],
)
@pytest.mark.parametrize("opening", [True, False])
def test_a_labelled_stamp_goes_at_either_edge(line: str, opening: bool) -> None:
    body = f"<p>{line}</p>{STORY}" if opening else f"{STORY}<p>{line}</p>"
    html = f"<html><body><div class='k0'>{HEADLINE}{body}</div></body></html>"
    text = extract(html).text
    assert line not in text
    assert "The ferry to the outer islands" in text


def test_a_stamp_with_its_byline_after_it_goes_under_the_headline() -> None:
    line = "05.03.2024, 16:20 von adalind"
    html = (
        f"<html><body><div class='k0'>{HEADLINE}<small>{line}</small>"
        f"<div class='k1'>{STORY}</div></div></body></html>"
    )
    text = extract(html).text
    assert "adalind" not in text
    assert "The ferry to the outer islands" in text
