"""Text inside a site's custom elements (``<x-note>``) is the story's wherever the
engine keeps it: ``.html`` and ``.markdown`` read it as ``.text`` does, in its line."""

from __future__ import annotations

import newsclean

STORY = "The harbour board met on Tuesday to weigh the ferry timetable for winter. " * 6
PAGE = (
    "<html><head><title>Ferry timetable</title></head><body><article>"
    "<h1>Ferry timetable</h1>"
    f"<p>{STORY}</p>"
    "<p>The chair said <x-term>very plainly</x-term> that the late boat stays.</p>"
    "<x-note><p>Crews will be told <x-em>before</x-em> the week is out.</p></x-note>"
    "<div>Fares rise <ui-badge data-x='1' onclick='steal()'>slightly</ui-badge> in March.</div>"
    f"<p>{STORY}</p>"
    "</article></body></html>"
)


def test_custom_element_text_in_every_output() -> None:
    article = newsclean.extract(PAGE.encode())
    for output in (article.text, article.markdown, article.html):
        assert "The chair said very plainly that the late boat stays." in output
        assert "Crews will be told before the week is out." in output
        assert "Fares rise slightly in March." in output


def test_custom_elements_leave_no_tag_or_attribute() -> None:
    html = newsclean.extract(PAGE.encode()).html
    for leftover in ("x-term", "x-note", "x-em", "ui-badge", "onclick", "data-x"):
        assert leftover not in html


def test_layout_sizer_inside_custom_image_is_left_out() -> None:
    sizer = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnLz4="
    page = PAGE.replace(
        "<x-note>",
        "<x-img><x-sizer><img alt='' aria-hidden='true' role='presentation' "
        f"src='{sizer}'></x-sizer><img src='https://example.org/ferry.jpg' alt='The ferry'>"
        "</x-img><x-note>",
    )
    html = newsclean.extract(page.encode(), include_images=True).html
    assert "https://example.org/ferry.jpg" in html
    assert "data:image" not in html
