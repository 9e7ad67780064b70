"""'Published by' lines (``byline-lines``): a writer's byline goes wherever it stands,
a book's or a report's publisher in a review's story stays."""

from __future__ import annotations

import pytest
from conftest import registry_without

from newsclean import extract

URL = "https://www.harbourreview.example/books/the-long-tide/"

STORY = [
    f"<p>Paragraph {n} of the review follows the novel's ferry captain through a winter "
    "of storms, cancelled crossings and a town that cannot agree on its new pier.</p>"
    for n in range(5)
]


def _page(line: str, at: int) -> str:
    parts = [*STORY[:at], f"<p class='q5'>{line}</p>", *STORY[at:]]
    return (
        "<html><body><div class='q0'><h1>A novel of the long tide</h1>"
        f"<div class='q1'>{''.join(parts)}</div></div></body></html>"
    )


def _text(page: str, *switched_off: str) -> str:
    return extract(page, url=URL, registry=registry_without(*switched_off)).text


BYLINES = (
    "Published by Ada Lind",
    "Veröffentlicht von Jonte Brüning",
    "Published by Ada Lind on May 3, 2025",
    "Veröffentlicht von Jo Berg am 3. Mai 2025",
    "Published by Ada Lind | 3 May 2025",
    "Publié par Léa Morin",
)


@pytest.mark.parametrize("line", BYLINES)
@pytest.mark.parametrize("at", [0, 2, 5])
def test_a_writers_line_goes(line: str, at: int) -> None:
    text = _text(_page(line, at))
    assert line not in text
    assert "Paragraph 0 of the review" in text
    assert "Paragraph 4 of the review" in text


PUBLISHERS = (
    "Published by Penguin Random House, 320 pages",
    "Published by Penguin, 320 pages, £20",
    "Published by Harbour Books at 12.99",
    "Published by Granta, 2024",
    "Published by Oxford University Press, 2023",
    "Published by the city council",
    "Veröffentlicht von Rowohlt, 320 Seiten",
    "Published by Tidewater Press",
)


@pytest.mark.parametrize("line", PUBLISHERS)
@pytest.mark.parametrize("at", [0, 2, 5])
def test_a_publishers_line_stays_anywhere(line: str, at: int) -> None:
    assert line in _text(_page(line, at))


def test_switched_off_by_name_the_writers_line_stays() -> None:
    assert "Published by Ada Lind" in _text(_page("Published by Ada Lind", 0), "byline-lines")
